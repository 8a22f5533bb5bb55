// How an assignment's derived status and due date read, in My work and in the desk's panel.
import type { AssignmentStatus } from '@/lib/vocabulary';
import { RelativeTime } from '../ui/relative-time';

export const ASSIGNMENT_STATUS_TEXT: Record<AssignmentStatus, string> = {
  assigned: 'Not started',
  drafting: 'Drafting',
  submitted: 'Submitted',
  reopened: 'Reopened (drafting again)',
};

export function DueDate({ dueAt, overdue }: { dueAt: string | null; overdue: boolean }) {
  if (!dueAt) return <span className="text-stone-700">No due date</span>;
  return (
    <span>
      Due <RelativeTime iso={dueAt} />
      {overdue && <strong className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-sm font-semibold text-red-900">Overdue</strong>}
    </span>
  );
}
