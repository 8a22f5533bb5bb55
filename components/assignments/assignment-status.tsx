// How an assignment's derived status and due date read, in My work and in the desk's panel.
import { useTranslations } from '@/components/i18n/kept-translations';
import type { AssignmentStatus } from '@/lib/vocabulary';
import { RelativeTime } from '../ui/relative-time';

/** The status in words: "Not started" rather than the bare "assigned", since the person reading it is the one assigned. */
export function AssignmentStatusText({ status }: { status: AssignmentStatus }) {
  const t = useTranslations('assignments.status');
  return <>{t(status)}</>;
}

export function DueDate({ dueAt, overdue }: { dueAt: string | null; overdue: boolean }) {
  const t = useTranslations('assignments.due');
  if (!dueAt) return <span className="text-stone-700">{t('none')}</span>;
  return (
    <span>
      {t.rich('due', { time: () => <RelativeTime iso={dueAt} /> })}
      {overdue && <strong className="ms-2 rounded bg-red-100 px-1.5 py-0.5 text-sm font-semibold text-red-900">{t('overdue')}</strong>}
    </span>
  );
}
