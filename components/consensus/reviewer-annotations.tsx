// Every reviewer's annotation on a passage, side by side, and who left it unmarked.
import { useTranslations } from '@/components/i18n/kept-translations';
import type { PassageAnnotation } from '@/lib/views/consensus-views';
import { useFigureFormat } from './figure-format';
import { LabelBadge } from './label-badge';

type Props = { annotations: PassageAnnotation[]; reviewers: { id: string; name: string }[] };

export function ReviewerAnnotations({ annotations, reviewers }: Props) {
  const t = useTranslations('consensus.reviewerAnnotations');
  const tEvidence = useTranslations('common.evidenceType');
  const figures = useFigureFormat();
  const marked = new Set(annotations.map((annotation) => annotation.reviewer.id));
  const unmarked = reviewers.filter((reviewer) => !marked.has(reviewer.id)).map((reviewer) => reviewer.name);
  const ordered = [...annotations].sort((a, b) => a.reviewer.name.localeCompare(b.reviewer.name) || a.start - b.start);
  return (
    <div className="space-y-2">
      <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {ordered.map((annotation) => (
          <li key={annotation.id} className="space-y-2 rounded border border-stone-300 bg-white p-3 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{annotation.reviewer.name}</span>
              <LabelBadge label={annotation.label} />
              {annotation.confidence && <span className="text-xs text-stone-700">{t('confidence', { level: annotation.confidence })}</span>}
            </p>
            <q dir="auto" className="block font-serif text-stone-900">{annotation.exact}</q>
            {annotation.rationale ? <p className="whitespace-pre-wrap text-stone-800">{annotation.rationale}</p> : <p className="text-stone-700">{t('noRationale')}</p>}
            {annotation.evidence.length > 0 && (
              <ul className="space-y-1" aria-label={t('evidence', { name: annotation.reviewer.name })}>
                {annotation.evidence.map((item, index) => (
                  <li key={index} className="break-words">
                    <a href={item.url} target="_blank" rel="noopener noreferrer nofollow" className="text-blue-900 underline">{item.title || item.url}<span className="sr-only"> {t('newTab')}</span></a>
                    {item.type && <span className="ms-1 text-xs text-stone-700">({tEvidence(item.type)})</span>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {unmarked.length > 0 && <p className="text-sm text-stone-700">{t('unmarked', { names: figures.names(unmarked) })}</p>}
    </div>
  );
}
