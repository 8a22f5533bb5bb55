import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { annotationCsvColumns, annotationsToCsv, csvHeader, csvRows, formatEvidence, PASSAGE_CSV_COLUMNS, passagesToCsv, streamCsv } from './csv';
import { buildExportAnnotation, buildExportPassage } from './export-fixtures';

function parseCsv(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false }) as string[][];
}

function byHeader(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true }) as Record<string, string>[];
}

describe('annotation CSV', () => {
  it('round-trips quotes, commas, newlines, emoji and HTML-looking text through csv-parse', () => {
    const annotation = buildExportAnnotation('"taxes fell 10%, the lowest since 1990"', {
      rationale: 'Line one, with "quotes".\r\nLine two 🧪 — <script>alert(1)</script>\nLine 3 \uD835\uDD18',
      reviewer: { id: 'r1', name: 'Zoë "Z" O\'Neil, PhD' },
    });
    const [row] = byHeader(annotationsToCsv([annotation]));
    expect(row).toBeDefined();
    expect(row!.quote).toBe('"taxes fell 10%, the lowest since 1990"');
    expect(row!.rationale).toBe(annotation.rationale);
    expect(row!.reviewer).toBe('Zoë "Z" O\'Neil, PhD');
    expect(row!.article_title).toBe('Lab notes 🧪: the "miracle" cure, explained');
    expect(row!.article_url).toBe('https://news.example/2026/lab-notes?ref=a,b');
    expect(row!.start).toBe(String(annotation.start));
    expect(row!.end).toBe(String(annotation.end));
    expect(row!.confidence).toBe('high');
    expect(row!.anchor_state).toBe('anchored');
    expect(row!.revision).toBe('2');
    expect(row!.created).toBe('2026-11-21T10:00:00.000Z');
    expect(row!.updated).toBe('2026-11-22T11:30:15.250Z');
  });

  it('quotes cells with whitespace at either end (ASCII and not), so readers that trim keep it', () => {
    const rationales = [' leading space', 'trailing space ', 'trailing tab\t', '\u00A0no-break space', 'ideographic space\u3000', 'inner space only'];
    const csv = annotationsToCsv(rationales.map((rationale, index) => buildExportAnnotation('nobody checked', { id: `a${index}`, rationale })));
    const lines = csv.split('\r\n');
    for (const rationale of rationales.slice(0, 5)) expect(lines.some((line) => line.includes(`,"${rationale}",`))).toBe(true);
    expect(lines.some((line) => line.includes(',inner space only,'))).toBe(true);
    expect(byHeader(csv).map((row) => row.rationale)).toEqual(rationales);
    expect((parse(csv, { bom: true, columns: true, trim: true }) as Record<string, string>[]).map((row) => row.rationale)).toEqual(rationales);
  });

  it('gives one row per annotation, in order, and the same cells a reader sees', () => {
    const annotations = [
      buildExportAnnotation('nobody checked', { id: 'a1', label: 'opinion', confidence: null, evidence: [] }),
      buildExportAnnotation('claims need sources', { id: 'a2', label: 'unsupported', rationale: '' }),
    ];
    const rows = parseCsv(annotationsToCsv(annotations));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(annotationCsvColumns().map((column) => column.header));
    expect(rows[1]!.slice(0, 1)).toEqual(['a1']);
    expect(rows[1]![6]).toBe('opinion');
    expect(rows[1]![11]).toBe(''); // no evidence
    expect(rows[1]![12]).toBe(''); // confidence null → empty cell
    expect(rows[2]![0]).toBe('a2');
    expect(rows[2]![10]).toBe('');
  });

  it('neutralises every OWASP formula trigger with a leading apostrophe', () => {
    const triggers = ['=HYPERLINK("http://evil.example","click me")', '+1+2', '-2+3', '@SUM(A1:A2)', '\tTAB', '\rCR', '＝1+1'];
    const annotations = triggers.map((rationale, index) => buildExportAnnotation('nobody checked', { id: `a${index}`, rationale }));
    const rows = byHeader(annotationsToCsv(annotations));
    expect(rows.map((row) => row.rationale)).toEqual(triggers.map((value) => `'${value}`));
  });

  it('neutralises formula-looking quotes, titles and names too, but leaves numbers and ordinary text alone', () => {
    const annotation = buildExportAnnotation('=HYPERLINK("http://evil.example","click me")', {
      articleTitle: '@handle says',
      reviewer: { id: 'r', name: '-dash' },
      rationale: 'a = b',
    });
    const [row] = byHeader(annotationsToCsv([annotation]));
    expect(row!.quote).toBe(`'=HYPERLINK("http://evil.example","click me")`);
    expect(row!.article_title).toBe(`'@handle says`);
    expect(row!.reviewer).toBe(`'-dash`);
    expect(row!.rationale).toBe('a = b');
    expect(row!.start).toBe(String(annotation.start));
  });

  it('writes evidence as "url (title) ; url" or as JSON that parses back to the evidence', () => {
    const annotation = buildExportAnnotation('nobody checked');
    const [textRow] = byHeader(annotationsToCsv([annotation]));
    expect(textRow!.evidence).toBe('https://stats.example/budget?year=2025&table=4 (Budget, table 4 (final)) ; https://archive.example/report');
    const [jsonRow] = byHeader(annotationsToCsv([annotation], { evidence: 'json' }));
    expect(JSON.parse(jsonRow!.evidence!)).toEqual(annotation.evidence);
    expect(formatEvidence([], 'json')).toBe('');
  });

  it('adds a UTF-8 BOM only when asked, and only once at the start', () => {
    const annotation = buildExportAnnotation('nobody checked');
    expect(annotationsToCsv([annotation]).startsWith('\uFEFF')).toBe(false);
    const withBom = annotationsToCsv([annotation], { bom: true });
    expect(withBom.startsWith('\uFEFFannotation_id,')).toBe(true);
    expect(withBom.indexOf('\uFEFF', 1)).toBe(-1);
    expect(Buffer.from(withBom, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('separates records with CRLF (RFC 4180) and keeps line breaks inside cells', () => {
    const csv = annotationsToCsv([buildExportAnnotation('nobody checked', { rationale: 'a\nb' })]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv).toContain('"a\nb"');
  });

  it('keeps leading and trailing spaces by quoting the cell', () => {
    const [row] = byHeader(annotationsToCsv([buildExportAnnotation('nobody checked', { rationale: '  padded  ' })]));
    expect(row!.rationale).toBe('  padded  ');
  });
});

describe('passage CSV', () => {
  it('round-trips a passage with a verdict and one without', () => {
    const withVerdict = buildExportPassage('"taxes fell 10%, the lowest since 1990"');
    const without = buildExportPassage('nobody checked', { state: 'disputed', support: 1, reviewers: 3, label: 'opinion', verdict: null });
    const rows = byHeader(passagesToCsv([withVerdict, without]));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      article_id: withVerdict.articleId,
      passage_id: withVerdict.id,
      quote: '"taxes fell 10%, the lowest since 1990"',
      consensus_label: 'claim',
      support: '2/3',
      supporting_reviewers: '2',
      reviewers: '3',
      state: 'agreed',
      verdict_label: 'claim',
      rating: 'Mostly false',
      rating_value: '2',
      explanation: withVerdict.verdict!.explanation,
      claimant: 'Minister of Finance',
      appearance_url: 'https://video.example/speech#t=120',
      verdict_editor: 'Ed Itor',
    });
    expect(rows[1]).toMatchObject({ support: '1/3', state: 'disputed', verdict_label: '', rating: '', rating_value: '', explanation: '', claimant: '' });
  });

  it('leaves the consensus label empty for a passage without a majority (tied votes)', () => {
    const [row] = byHeader(passagesToCsv([buildExportPassage('nobody checked', { state: 'disputed', support: 1, reviewers: 3, label: null, verdict: null })]));
    expect(row).toMatchObject({ consensus_label: '', support: '1/3', state: 'disputed', verdict_label: '' });
  });

  it('leaves a negative rating value as a number rather than escaping it', () => {
    const passage = buildExportPassage('nobody checked', { verdict: { ...buildExportPassage('nobody checked').verdict!, ratingValue: -1, ratingName: '' } });
    const [row] = byHeader(passagesToCsv([passage]));
    expect(row!.rating_value).toBe('-1');
    expect(row!.rating).toBe('mostly_false'); // falls back to the key when no name was copied
  });
});

describe('streaming', () => {
  it('writes the header once and then rows per batch, equal to the one-shot document', async () => {
    const all = ['nobody checked', 'claims need sources', 'the "miracle" cure'].map((exact, index) => buildExportAnnotation(exact, { id: `a${index}` }));
    async function* batches() {
      yield all.slice(0, 2);
      yield [];
      yield all.slice(2);
    }
    const columns = annotationCsvColumns();
    const chunks: string[] = [];
    for await (const chunk of streamCsv(columns, batches(), { bom: true })) chunks.push(chunk);
    expect(chunks).toHaveLength(3);
    expect(chunks.join('')).toBe(annotationsToCsv(all, { bom: true }));
    expect(chunks.filter((chunk) => chunk.includes('annotation_id'))).toHaveLength(1);
  });

  it('still writes the header when there are no rows', async () => {
    const chunks: string[] = [];
    for await (const chunk of streamCsv(PASSAGE_CSV_COLUMNS, [])) chunks.push(chunk);
    expect(chunks).toEqual([csvHeader(PASSAGE_CSV_COLUMNS)]);
    expect(parseCsv(chunks.join(''))).toEqual([PASSAGE_CSV_COLUMNS.map((column) => column.header)]);
    expect(csvRows(PASSAGE_CSV_COLUMNS, [])).toBe('');
  });
});
