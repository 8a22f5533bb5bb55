// The workbench's tables: a caption for screen readers, a header row of
// columns (numbers right-aligned, so they line up), and the rows as children.
// Dense tables (`compact`) sit inside panels; the others are page lists.
import clsx from 'clsx';
import type { ReactNode } from 'react';

export type Column = { label: string; numeric?: boolean; hidden?: boolean };

type Props = { caption: string; columns: readonly Column[]; compact?: boolean; className?: string; children: ReactNode };

export function DataTable({ caption, columns, compact = false, className, children }: Props) {
  const cell = compact ? 'p-2' : 'p-3';
  return (
    <table className={clsx('w-full border-collapse bg-white text-start shadow-sm', compact && 'text-sm', className)}>
      <caption className="sr-only">{caption}</caption>
      <thead className={clsx('border-b border-stone-300 text-stone-700', !compact && 'text-sm')}>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" className={clsx(cell, column.numeric && 'text-end')}>
              {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A body row: separated from the next by a hairline. */
export const ROW_CLASS = 'border-b border-stone-200 last:border-0';
