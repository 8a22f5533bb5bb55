import Link from 'next/link';
import type { ReviewQueueItem } from '@/lib/views/consensus-views';
import { StatusBadge } from '../articles/status-badge';
import { RelativeTime } from '../ui/relative-time';

/** The articles waiting for an editor, with what each is waiting for. */
export function ReviewQueueTable({ items }: { items: ReviewQueueItem[] }) {
  if (items.length === 0) return <p className="mt-6 text-stone-700">Nothing is waiting for an editor with these filters.</p>;
  return (
    <table className="mt-6 w-full border-collapse bg-white text-left shadow-sm">
      <caption className="sr-only">Articles waiting for an editor</caption>
      <thead className="border-b border-stone-300 text-sm text-stone-700">
        <tr>
          <th scope="col" className="p-3">Title</th>
          <th scope="col" className="p-3">Publisher</th>
          <th scope="col" className="p-3">Status</th>
          <th scope="col" className="p-3 text-right">Reviews submitted</th>
          <th scope="col" className="p-3 text-right">Reviews waiting</th>
          <th scope="col" className="p-3 text-right">Disputed passages</th>
          <th scope="col" className="p-3 text-right">Verdicts</th>
          <th scope="col" className="p-3">Waiting since</th>
          <th scope="col" className="p-3"><span className="sr-only">Consensus</span></th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className="border-b border-stone-200 last:border-0">
            <td className="p-3">
              <Link id={`queue-title-${item.id}`} href={`/articles/${item.id}`} className="font-medium text-blue-900 hover:underline">{item.title}</Link>
            </td>
            <td className="p-3 text-stone-700">{item.publisher ?? '—'}</td>
            <td className="p-3"><StatusBadge status={item.status} /></td>
            <td className="p-3 text-right tabular-nums">{item.submittedReviews}</td>
            <td className="p-3 text-right tabular-nums">{item.reviewsWaiting}</td>
            <td className="p-3 text-right tabular-nums">
              {item.disputedPassages}
              {item.unadjudicatedDisputes > 0 ? (
                <span className="block text-sm font-semibold text-red-900">{item.unadjudicatedDisputes} without verdict</span>
              ) : (
                item.disputedPassages > 0 && <span className="block text-sm text-stone-700">all adjudicated</span>
              )}
            </td>
            <td className="p-3 text-right tabular-nums">{item.verdicts}</td>
            <td className="p-3 text-stone-700">{item.oldestWaitingSince ? <RelativeTime iso={item.oldestWaitingSince} /> : 'Nothing waiting'}</td>
            <td className="p-3">
              <Link href={`/articles/${item.id}/consensus`} aria-describedby={`queue-title-${item.id}`} className="whitespace-nowrap text-blue-900 underline">Open consensus</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
