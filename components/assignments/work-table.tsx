// My work: the caller's own assignments, overdue first (the order the server gives).
import { useTranslations } from '@/components/i18n/kept-translations';
import Link from 'next/link';
import type { WorkItem } from '@/lib/views/assignment-views';
import { DataTable, ROW_CLASS } from '../ui/data-table';
import { AssignmentStatusText, DueDate } from './assignment-status';

export function WorkTable({ items, caption }: { items: readonly WorkItem[]; caption?: string }) {
  const t = useTranslations('assignments.work');
  const columns = [{ label: t('column.article') }, { label: t('column.status') }, { label: t('column.due') }];
  return (
    <DataTable caption={caption ?? t('caption')} columns={columns}>
      {items.map((item) => (
        <tr key={item.article.id} className={ROW_CLASS}>
          <td className="p-3">
            <Link href={`/articles/${item.article.id}`} dir="auto" className="text-blue-900 underline">{item.article.title}</Link>
          </td>
          <td className="p-3"><AssignmentStatusText status={item.status} /></td>
          <td className="p-3"><DueDate dueAt={item.dueAt} overdue={item.overdue} /></td>
        </tr>
      ))}
    </DataTable>
  );
}
