import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import Link from 'next/link';
import type { ReviewQueueItem } from '@/lib/views/consensus-views';
import { StatusBadge } from '../articles/status-badge';
import { RelativeTime } from '../ui/relative-time';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';

/** The articles waiting for an editor, with what each is waiting for. */
export function ReviewQueueTable({ items }: { items: ReviewQueueItem[] }) {
  const t = useTranslations('review.table');
  const format = useFormatter();
  if (items.length === 0) return <p className="mt-6 text-stone-700">{t('empty')}</p>;
  const columns: Column[] = [
    { label: t('column.title') },
    { label: t('column.publisher') },
    { label: t('column.status') },
    { label: t('column.submitted'), numeric: true },
    { label: t('column.assigned') },
    { label: t('column.waiting'), numeric: true },
    { label: t('column.disputed'), numeric: true },
    { label: t('column.verdicts'), numeric: true },
    { label: t('column.since') },
    { label: t('column.consensus'), hidden: true },
  ];
  return (
    <DataTable caption={t('caption')} columns={columns} className="mt-6">
        {items.map((item) => (
          <tr key={item.id} className={ROW_CLASS}>
            <td className="p-3">
              <Link id={`queue-title-${item.id}`} href={`/articles/${item.id}`} dir="auto" className="font-medium text-blue-900 hover:underline">{item.title}</Link>
            </td>
            <td className="p-3 text-stone-700">{item.publisher ?? t('noPublisher')}</td>
            <td className="p-3"><StatusBadge status={item.status} /></td>
            <td className="p-3 text-end tabular-nums">{format.number(item.submittedReviews)}</td>
            <td className="p-3">
              {item.assignments.assigned === 0 ? (
                <span className="text-stone-700">{t('none')}</span>
              ) : (
                <>
                  {t('progress', { submitted: item.assignments.submitted, assigned: item.assignments.assigned })}
                  {item.assignments.late.length > 0 && (
                    <span className="block text-sm font-semibold text-red-900">
                      {t('late', { names: item.assignments.late.map((reviewer) => reviewer.name).join(t('nameSeparator')) })}
                    </span>
                  )}
                </>
              )}
            </td>
            <td className="p-3 text-end tabular-nums">{format.number(item.reviewsWaiting)}</td>
            <td className="p-3 text-end tabular-nums">
              {format.number(item.disputedPassages)}
              {item.unadjudicatedDisputes > 0 ? (
                <span className="block text-sm font-semibold text-red-900">{t('withoutVerdict', { count: item.unadjudicatedDisputes })}</span>
              ) : (
                item.disputedPassages > 0 && <span className="block text-sm text-stone-700">{t('allAdjudicated')}</span>
              )}
            </td>
            <td className="p-3 text-end tabular-nums">{format.number(item.verdicts)}</td>
            <td className="p-3 text-stone-700">{item.oldestWaitingSince ? <RelativeTime iso={item.oldestWaitingSince} /> : t('nothingWaiting')}</td>
            <td className="p-3">
              <Link href={`/articles/${item.id}/consensus`} aria-describedby={`queue-title-${item.id}`} className="whitespace-nowrap text-blue-900 underline">{t('openConsensus')}</Link>
            </td>
          </tr>
        ))}
      </DataTable>
  );
}
