// The project's current guidelines beside an article, so a reviewer reads the
// rules they annotate under; collapsible (a <details>), open at first.
import { useTranslations } from '@/components/i18n/kept-translations';
import type { GuidelinesVersion } from '@/lib/views/project-views';
import { GuidelinesView } from './guidelines-view';

export function GuidelinesPanel({ guidelines }: { guidelines: GuidelinesVersion | null }) {
  const t = useTranslations('projects.guidelines');
  return (
    <details open className="mb-4 rounded border border-stone-300 bg-white" data-testid="guidelines-panel">
      <summary className="cursor-pointer px-4 py-2 font-semibold">{guidelines ? t('panelVersion', { version: guidelines.version }) : t('panel')}</summary>
      <div className="max-h-72 overflow-auto border-t border-stone-200 px-4 py-3">
        {guidelines ? <GuidelinesView body={guidelines.body} /> : <p className="text-sm text-stone-700">{t('none')}</p>}
      </div>
    </details>
  );
}
