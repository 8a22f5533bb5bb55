'use client';
// The workspace's one live message in the side panel: what just happened
// (saved, deleted, re-attached, snapping switched) or what went wrong, with
// Undo after a delete and "Reload annotations" after a conflict (409).
import type { WorkspaceAnnotation } from '@/lib/views/annotation-views';
import type { Notice } from './workspace-state';

type Props = {
  notice: Notice | null;
  onUndo(annotation: WorkspaceAnnotation): void;
  onReload(): void;
};

export function WorkspaceNotice({ notice, onUndo, onReload }: Props) {
  const { undo } = notice ?? {};
  return (
    // Always present, so screen readers hear each new message in it.
    <div aria-live="polite">
      {notice && (
        <div role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900' : 'rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900'}>
          {notice.message}
          {undo && (
            <button type="button" onClick={() => onUndo(undo)} className="ml-2 font-medium underline">Undo</button>
          )}
          {notice.reload && (
            <button type="button" onClick={onReload} className="ml-2 font-medium underline">Reload annotations</button>
          )}
        </div>
      )}
    </div>
  );
}
