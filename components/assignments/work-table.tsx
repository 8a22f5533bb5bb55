// My work: the caller's own assignments, overdue first (the order the server gives).
import Link from 'next/link';
import type { WorkItem } from '@/lib/views/assignment-views';
import { DataTable, ROW_CLASS } from '../ui/data-table';
import { ASSIGNMENT_STATUS_TEXT, DueDate } from './assignment-status';

const COLUMNS = [{ label: 'Article' }, { label: 'Status' }, { label: 'Due' }] as const;

export function WorkTable({ items, caption = 'Your assignments' }: { items: readonly WorkItem[]; caption?: string }) {
  return (
    <DataTable caption={caption} columns={COLUMNS}>
      {items.map((item) => (
        <tr key={item.article.id} className={ROW_CLASS}>
          <td className="p-3">
            <Link href={`/articles/${item.article.id}`} dir="auto" className="text-blue-900 underline">{item.article.title}</Link>
          </td>
          <td className="p-3">{ASSIGNMENT_STATUS_TEXT[item.status]}</td>
          <td className="p-3"><DueDate dueAt={item.dueAt} overdue={item.overdue} /></td>
        </tr>
      ))}
    </DataTable>
  );
}
