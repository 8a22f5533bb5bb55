'use client';
// The sources index: one row per outlet, sortable by clicking a column header
// (aria-sort says which column and which way). A source without enough data sorts
// after every figure, whichever the direction: "not enough data" is not a number.
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import Link from 'next/link';
import { useState } from 'react';
import { ROW_CLASS } from '@/components/ui/data-table';
import type { SourceListItem } from '@/lib/views/source-views';
import { formatShare, intervalRange, notEnoughData } from './reliability-text';

const COLUMNS = [
  { key: 'name', numeric: false },
  // Every article of the outlet in the caller's projects, whatever its status; only published ones are reviewed.
  { key: 'articles', numeric: true },
  { key: 'reviewed', numeric: true },
  { key: 'share', numeric: true },
  { key: 'claims', numeric: true },
] as const;

type Key = (typeof COLUMNS)[number]['key'];
type Sort = { key: Key; direction: 'ascending' | 'descending' };

function value(source: SourceListItem, key: Key): string | number | null {
  if (key === 'name') return source.name.toLocaleLowerCase();
  if (key === 'articles') return source.articles;
  if (key === 'reviewed') return source.reliability.articlesReviewed;
  if (key === 'share') return source.reliability.unsupportedShare;
  return source.claims;
}

function sorted(sources: readonly SourceListItem[], sort: Sort): SourceListItem[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...sources].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number);
    return order !== 0 ? sign * order : a.name.localeCompare(b.name);
  });
}

export function SourcesTable({ sources }: { sources: readonly SourceListItem[] }) {
  const t = useTranslations('sources');
  const format = useFormatter();
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const toggle = (key: Key) =>
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: key === 'name' ? 'ascending' : 'descending' }));
  return (
    <table className="mt-4 w-full border-collapse bg-white text-start shadow-sm">
      <caption className="sr-only">{t('table.caption')}</caption>
      <thead className="border-b border-stone-300 text-sm text-stone-700">
        <tr>
          {COLUMNS.map((column) => (
            <th key={column.key} scope="col" aria-sort={sort.key === column.key ? sort.direction : 'none'} className={column.numeric ? 'p-3 text-end' : 'p-3'}>
              <button type="button" onClick={() => toggle(column.key)} className="font-semibold hover:underline">
                {t(`table.column.${column.key}`)}
                {sort.key === column.key && <span aria-hidden="true" className="ms-1">{t(sort.direction === 'ascending' ? 'table.sortedAscending' : 'table.sortedDescending')}</span>}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted(sources, sort).map((source) => (
          <tr key={source.id} className={ROW_CLASS}>
            <td className="p-3">
              <Link href={`/sources/${source.id}`} className="font-medium text-blue-900 hover:underline">{source.name}</Link>
              {source.domains.length > 0 && <span className="block text-sm text-stone-600">{source.domains.join(', ')}</span>}
            </td>
            <td className="p-3 text-end tabular-nums">{format.number(source.articles)}</td>
            <td className="p-3 text-end tabular-nums">{format.number(source.reliability.articlesReviewed)}</td>
            <td className="p-3 text-end tabular-nums">
              {source.reliability.enoughData && source.reliability.interval && source.reliability.unsupportedShare !== null ? (
                <>
                  {formatShare(format, source.reliability.unsupportedShare)}
                  <span className="block text-sm text-stone-600">{intervalRange(t, format, source.reliability.interval)}</span>
                </>
              ) : (
                <span className="text-sm text-stone-600">{notEnoughData(t, source.reliability)}</span>
              )}
            </td>
            <td className="p-3 text-end tabular-nums">{format.number(source.claims)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
