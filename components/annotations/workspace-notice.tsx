'use client';
// The workspace's one live message in the side panel: what just happened
// (saved, deleted, re-attached, snapping switched) or what went wrong, with
// Undo after a delete and "Reload annotations" after a conflict (409).
import { useTranslations } from '@/components/i18n/kept-translations';
import type { WorkspaceAnnotation } from '@/lib/views/annotation-views';
import type { Notice } from './workspace-state';

type Props = {
  notice: Notice | null;
  onUndo(annotation: WorkspaceAnnotation): void;
  onReload(): void;
};

export function WorkspaceNotice({ notice, onUndo, onReload }: Props) {
  const t = useTranslations('annotations.notice');
  const undo = notice?.kind === 'info' ? notice.undo : undefined;
  const reload = notice?.kind === 'error' && notice.reload;
  return (
    // Always present, so screen readers hear each new message in it.
    <div aria-live="polite">
      {notice && (
        <div role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900' : 'rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900'}>
          {notice.kind === 'error' ? notice.message : t(notice.say, { label: notice.label ?? 'claim' })}
          {undo && (
            <button type="button" onClick={() => onUndo(undo)} className="ms-2 font-medium underline">{t('undo')}</button>
          )}
          {reload && (
            <button type="button" onClick={onReload} className="ms-2 font-medium underline">{t('reload')}</button>
          )}
        </div>
      )}
    </div>
  );
}
