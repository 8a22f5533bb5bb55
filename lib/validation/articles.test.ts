// Days PostgreSQL cannot hold are refused by every schema with a date in it
// (import, verdict, export query), and search boxes drop what cannot be matched.
import { describe, expect, it } from 'vitest';
import { HOSTILE_DAYS } from '../../tests/support/hostile-corpus';
import { ZArticleFilter, ZImportArticle, calendarDay } from './articles';
import { ZBulkExportQuery } from './exports';
import { ZReviewQueueFilter, ZSetVerdict } from './verdicts';

describe('calendarDay', () => {
  const day = calendarDay('bad day');

  it.each(HOSTILE_DAYS.map((entry) => [entry.name, entry.value] as const))('refuses %s', (_name, value) => {
    expect(day.safeParse(value).success).toBe(false);
  });

  it.each(['0001-01-01', '1999-12-31', '2024-02-29', '9999-12-31'])('accepts %s', (value) => {
    expect(day.parse(value)).toBe(value);
  });

  it('is what every dated input uses', () => {
    expect(ZImportArticle.safeParse({ text: 'x', publishedAt: '0000-01-01' }).success).toBe(false);
    expect(ZImportArticle.safeParse({ text: 'x', publishedAt: '0001-01-01' }).success).toBe(true);
    expect(ZSetVerdict.safeParse({ label: 'claim', rating: 'false', explanation: 'x', claimDate: '0000-12-31' }).success).toBe(false);
    expect(ZBulkExportQuery.safeParse({ from: '0000-01-01' }).success).toBe(false);
    expect(ZBulkExportQuery.safeParse({ to: '2024-02-30' }).success).toBe(false);
  });
});

describe('search filters', () => {
  it('drop NUL and half surrogate pairs instead of sending them to the database', () => {
    expect(ZArticleFilter.parse({ q: ' a\u0000b\ud800 ' }).q).toBe('ab');
    expect(ZReviewQueueFilter.parse({ q: 'x\udc00' }).q).toBe('x');
  });

  it('keep markup and SQL as the text to search for', () => {
    const text = `<script>'; DROP TABLE "Article"; --`;
    expect(ZArticleFilter.parse({ q: text }).q).toBe(text);
  });
});
