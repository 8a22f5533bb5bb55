import { describe, expect, it } from 'vitest';
import { annotationCsvColumns, csvRows } from '../../exports/csv';
import { buildExportAnnotation, FIXTURE_BASE_URL, FIXTURE_TEXT } from '../../exports/export-fixtures';
import type { ExportAnnotation } from '../../exports/export-types';
import { toWebAnnotationItem } from '../../exports/web-annotation';
import type { AnnotationJoinRow } from '../data/exports/annotation-records';
import type { RunStatement, SqlStatement } from '../data/exports/read-export-batch';
import { writeExportBatch } from './export-batch';

/** The joined row the database would return for a fixture record. */
function rowOf(annotation: ExportAnnotation): AnnotationJoinRow {
  const { id, articleId, articleTitle, label, start, end, exact, prefix, suffix, revision, rationale, evidence, confidence, anchorState, createdAt, updatedAt, canonical, via } = annotation;
  const joined = { id, articleId, articleTitle, label, start, end, exact, prefix, suffix, revision, rationale, evidence, confidence, anchorState, createdAt, updatedAt, canonical, via };
  return { ...joined, reviewerId: annotation.reviewer.id, reviewerName: annotation.reviewer.name, sourceUrl: annotation.articleUrl };
}

const ANNOTATIONS = [
  buildExportAnnotation('taxes fell 10%', { id: '00000000-0000-4000-8000-000000000001' }),
  buildExportAnnotation('claims need sources', { id: '00000000-0000-4000-8000-000000000002', label: 'unsupported', canonical: 'urn:uuid:5c3f2a10-6d7e-4b8f-9a0b-1c2d3e4f5a6b', via: ['https://elsewhere.example/annotations/9'] }),
];
const ROWS_STATEMENT: SqlStatement = { text: 'SELECT … LIMIT $1', values: [2] };

/** A database that answers the batch's statement with `rows` and the texts query with the fixture article. */
function fakeDatabase(rows: AnnotationJoinRow[]): { run: RunStatement; statements: SqlStatement[] } {
  const statements: SqlStatement[] = [];
  const run = (async (statement: SqlStatement) => {
    statements.push(statement);
    if (statement === ROWS_STATEMENT) return rows;
    return [{ id: ANNOTATIONS[0]!.articleId, text: FIXTURE_TEXT }];
  }) as RunStatement;
  return { run, statements };
}

describe('writeExportBatch', () => {
  it('writes CSV records for the rows its statement selects, as the CSV writer does', async () => {
    const { run, statements } = fakeDatabase(ANNOTATIONS.map(rowOf));
    const csv = await writeExportBatch(run, { format: 'csv', rows: ROWS_STATEMENT, baseUrl: FIXTURE_BASE_URL });
    expect(csv).toBe(csvRows(annotationCsvColumns(), ANNOTATIONS));
    expect(statements).toEqual([ROWS_STATEMENT]);
  });

  it('writes W3C items each after a comma, with code-point positions from the article text', async () => {
    const { run, statements } = fakeDatabase(ANNOTATIONS.map(rowOf));
    const items = await writeExportBatch(run, { format: 'jsonld', rows: ROWS_STATEMENT, baseUrl: FIXTURE_BASE_URL });
    expect(items.startsWith(',{')).toBe(true);
    expect(JSON.parse(`[${items.slice(1)}]`)).toEqual(ANNOTATIONS.map((annotation) => toWebAnnotationItem(annotation, { text: FIXTURE_TEXT })));
    // One texts query for the batch's articles, after the rows.
    expect(statements).toHaveLength(2);
    expect(statements[1]!.values).toEqual([[ANNOTATIONS[0]!.articleId]]);
  });

  it('writes nothing for a batch whose rows are gone, without asking for texts', async () => {
    const { run, statements } = fakeDatabase([]);
    expect(await writeExportBatch(run, { format: 'csv', rows: ROWS_STATEMENT, baseUrl: FIXTURE_BASE_URL })).toBe('');
    expect(await writeExportBatch(run, { format: 'jsonld', rows: ROWS_STATEMENT, baseUrl: FIXTURE_BASE_URL })).toBe('');
    expect(statements).toEqual([ROWS_STATEMENT, ROWS_STATEMENT]);
  });
});
