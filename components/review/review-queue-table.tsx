import Link from 'next/link';
import type { ReviewQueueItem } from '@/lib/views/consensus-views';
import { StatusBadge } from '../articles/status-badge';
import { RelativeTime } from '../ui/relative-time';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';

const COLUMNS: Column[] = [
  { label: 'Title' },
  { label: 'Publisher' },
  { label: 'Status' },
  { label: 'Reviews submitted', numeric: true },
  { label: 'Assigned' },
  { label: 'Reviews waiting', numeric: true },
  { label: 'Disputed passages', numeric: true },
  { label: 'Verdicts', numeric: true },
  { label: 'Waiting since' },
  { label: 'Consensus', hidden: true },
];

/** The articles waiting for an editor, with what each is waiting for. */
export function ReviewQueueTable({ items }: { items: ReviewQueueItem[] }) {
  if (items.length === 0) return <p className="mt-6 text-stone-700">Nothing is waiting for an editor with these filters.</p>;
  return (
    <DataTable caption="Articles waiting for an editor" columns={COLUMNS} className="mt-6">
        {items.map((item) => (
          <tr key={item.id} className={ROW_CLASS}>
            <td className="p-3">
              <Link id={`queue-title-${item.id}`} href={`/articles/${item.id}`} dir="auto" className="font-medium text-blue-900 hover:underline">{item.title}</Link>
            </td>
            <td className="p-3 text-stone-700">{item.publisher ?? '—'}</td>
            <td className="p-3"><StatusBadge status={item.status} /></td>
            <td className="p-3 text-end tabular-nums">{item.submittedReviews}</td>
            <td className="p-3">
              {item.assignments.assigned === 0 ? (
                <span className="text-stone-700">None</span>
              ) : (
                <>
                  {item.assignments.submitted} of {item.assignments.assigned} submitted
                  {item.assignments.late.length > 0 && (
                    <span className="block text-sm font-semibold text-red-900">Late: {item.assignments.late.map((reviewer) => reviewer.name).join(', ')}</span>
                  )}
                </>
              )}
            </td>
            <td className="p-3 text-end tabular-nums">{item.reviewsWaiting}</td>
            <td className="p-3 text-end tabular-nums">
              {item.disputedPassages}
              {item.unadjudicatedDisputes > 0 ? (
                <span className="block text-sm font-semibold text-red-900">{item.unadjudicatedDisputes} without verdict</span>
              ) : (
                item.disputedPassages > 0 && <span className="block text-sm text-stone-700">all adjudicated</span>
              )}
            </td>
            <td className="p-3 text-end tabular-nums">{item.verdicts}</td>
            <td className="p-3 text-stone-700">{item.oldestWaitingSince ? <RelativeTime iso={item.oldestWaitingSince} /> : 'Nothing waiting'}</td>
            <td className="p-3">
              <Link href={`/articles/${item.id}/consensus`} aria-describedby={`queue-title-${item.id}`} className="whitespace-nowrap text-blue-900 underline">Open consensus</Link>
            </td>
          </tr>
        ))}
      </DataTable>
  );
}
