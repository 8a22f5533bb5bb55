'use client';
// "Needs re-attaching": annotations whose passage could not be found with
// confidence after a revision, each of the reader's own with a Re-attach
// button (which starts the re-attachment; the passage is then chosen in the text).
import { useTranslations } from '@/components/i18n/kept-translations';
import type { WorkspaceAnnotation } from '@/lib/views/annotation-views';

type Props = {
  orphaned: WorkspaceAnnotation[];
  /** Whether the reader's own annotations can still change (not after a final submission or publication). */
  editable: boolean;
  onReattach(annotation: WorkspaceAnnotation): void;
};

export function OrphanList({ orphaned, editable, onReattach }: Props) {
  const t = useTranslations('annotations.orphans');
  const common = useTranslations('common');
  if (orphaned.length === 0) return null;
  return (
    <section aria-labelledby="orphaned-heading" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      <h2 id="orphaned-heading" className="font-semibold">{t('heading', { count: orphaned.length })}</h2>
      <p>{t('body')}</p>
      <ul className="space-y-2">
        {orphaned.map((annotation) => (
          <li key={annotation.id}>
            {t.rich(annotation.mine ? 'own' : 'other', {
              label: common(`label.${annotation.label}`),
              author: annotation.author.name,
              quote: annotation.exact,
              name: (chunks) => <span className="font-medium">{chunks}</span>,
              by: (chunks) => <span className="text-stone-600">{chunks}</span>,
              q: (chunks) => <q dir="auto">{chunks}</q>,
            })}
            {annotation.mine && editable && (
              <button type="button" onClick={() => onReattach(annotation)} className="ms-2 text-blue-900 underline">
                {t('reattach')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
