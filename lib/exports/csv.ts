// CSV exports: one row per annotation, or one per consensus passage. Written
// with Papa Parse (about twice as fast as csv-stringify was on 100k-row exports,
// bench/exports.ts), so quoting follows RFC 4180 (quotes doubled,
// cells with commas, quotes or line breaks enclosed), with CRLF between records.
//
// Spreadsheets execute cells that look like formulas, and annotation text is
// written by people (and quoted from articles), so every cell starting with
// =, +, -, @, tab or carriage return (and their full-width forms) gets a
// leading apostrophe — OWASP's advice for CSV injection. Numbers are left
// alone: a negative rating value is data, not a formula.
//
// For large exports the header and the rows are separate pieces: write
// `csvHeader` once, then `csvRows` per batch (or iterate `streamCsv`).
import Papa from 'papaparse';
import type { Evidence, ExportAnnotation, ExportPassage } from './export-types';

export type CsvCell = string | number | null;
export type CsvColumn<Row> = { header: string; cell: (row: Row) => CsvCell };
export type CsvColumns<Row> = readonly CsvColumn<Row>[];

export type CsvOptions = {
  /** Start the file with a UTF-8 byte-order mark, which Excel needs to read UTF-8 (emoji, accents) correctly. */
  bom?: boolean;
};

/** How evidence fits in one cell: readable `url (title) ; url`, or the JSON array (keeps the evidence type). */
export type EvidenceFormat = 'text' | 'json';

const UTF8_BOM = '\uFEFF';

// The characters a spreadsheet takes as the start of a formula (the full-width
// forms too, which Apple Numbers normalises), as csv-stringify's escape_formulas has them.
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** A cell as text: absent is empty (never "null"), numbers as they are, formula-looking text behind an apostrophe. */
function cellText(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_STARTS.has(value.charAt(0)) ? `'${value}` : value;
}

const WHITESPACE = /\s/;
/** Whether a code unit is whitespace as \s has it; ASCII answered without the regular expression, since this runs for every cell. */
function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(String.fromCharCode(code));
}

/** Cells with leading or trailing whitespace are quoted too, so readers keep it. */
function hasEdgeWhitespace(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0 && (isWhitespace(value.charCodeAt(0)) || isWhitespace(value.charCodeAt(value.length - 1)));
}

const UNPARSE_OPTIONS = { newline: '\r\n', quotes: hasEdgeWhitespace, escapeFormulae: false };

function lines(rows: string[][]): string {
  return rows.length === 0 ? '' : `${Papa.unparse(rows, UNPARSE_OPTIONS)}\r\n`;
}

export function formatEvidence(evidence: readonly Evidence[], format: EvidenceFormat): string {
  if (format === 'json') return evidence.length === 0 ? '' : JSON.stringify(evidence);
  return evidence.map((item) => (item.title ? `${item.url} (${item.title})` : item.url)).join(' ; ');
}

export function annotationCsvColumns(options: { evidence?: EvidenceFormat } = {}): CsvColumns<ExportAnnotation> {
  const evidenceFormat = options.evidence ?? 'text';
  return [
    { header: 'annotation_id', cell: (a) => a.id },
    { header: 'article_id', cell: (a) => a.articleId },
    { header: 'article_title', cell: (a) => a.articleTitle },
    { header: 'article_url', cell: (a) => a.articleUrl },
    { header: 'reviewer_id', cell: (a) => a.reviewer.id },
    { header: 'reviewer', cell: (a) => a.reviewer.name },
    { header: 'label', cell: (a) => a.label },
    { header: 'quote', cell: (a) => a.exact },
    // UTF-16 offsets into the canonical text of `revision`, as stored.
    { header: 'start', cell: (a) => a.start },
    { header: 'end', cell: (a) => a.end },
    { header: 'rationale', cell: (a) => a.rationale },
    { header: 'evidence', cell: (a) => formatEvidence(a.evidence, evidenceFormat) },
    { header: 'confidence', cell: (a) => a.confidence },
    { header: 'created', cell: (a) => a.createdAt },
    { header: 'updated', cell: (a) => a.updatedAt },
    { header: 'anchor_state', cell: (a) => a.anchorState },
    { header: 'revision', cell: (a) => a.revision },
    // The W3C identity a Web Annotation client gave it, if any; several via IRIs as with evidence.
    { header: 'canonical', cell: (a) => a.canonical },
    { header: 'via', cell: (a) => a.via.join(' ; ') },
  ];
}

export const PASSAGE_CSV_COLUMNS: CsvColumns<ExportPassage> = [
  { header: 'article_id', cell: (p) => p.articleId },
  { header: 'article_title', cell: (p) => p.articleTitle },
  { header: 'passage_id', cell: (p) => p.id },
  { header: 'start', cell: (p) => p.start },
  { header: 'end', cell: (p) => p.end },
  { header: 'quote', cell: (p) => p.exact },
  { header: 'consensus_label', cell: (p) => p.label },
  // "k/n" for people; the two numbers again for formulas and scripts.
  { header: 'support', cell: (p) => `${p.support}/${p.reviewers}` },
  { header: 'supporting_reviewers', cell: (p) => p.support },
  { header: 'reviewers', cell: (p) => p.reviewers },
  { header: 'state', cell: (p) => p.state },
  { header: 'verdict_label', cell: (p) => p.verdict?.label ?? null },
  { header: 'rating', cell: (p) => (p.verdict ? p.verdict.ratingName || p.verdict.rating : null) },
  { header: 'rating_value', cell: (p) => p.verdict?.ratingValue ?? null },
  { header: 'explanation', cell: (p) => p.verdict?.explanation ?? null },
  { header: 'claimant', cell: (p) => p.verdict?.claimant ?? null },
  { header: 'appearance_url', cell: (p) => p.verdict?.appearanceUrl ?? null },
  { header: 'claim_date', cell: (p) => p.verdict?.claimDate ?? null },
  { header: 'verdict_editor', cell: (p) => p.verdict?.editorName ?? null },
  { header: 'verdict_updated', cell: (p) => p.verdict?.updatedAt ?? null },
];

/** The header line (and the BOM when asked for): write it once, before any rows. */
export function csvHeader<Row>(columns: CsvColumns<Row>, options: CsvOptions = {}): string {
  const line = lines([columns.map((column) => cellText(column.header))]);
  return options.bom ? UTF8_BOM + line : line;
}

/** One batch of rows, each ending in CRLF; '' for an empty batch. */
export function csvRows<Row>(columns: CsvColumns<Row>, rows: readonly Row[]): string {
  return lines(rows.map((row) => columns.map((column) => cellText(column.cell(row)))));
}

/** A whole CSV document, for exports small enough to build at once. */
export function toCsv<Row>(columns: CsvColumns<Row>, rows: readonly Row[], options: CsvOptions = {}): string {
  return csvHeader(columns, options) + csvRows(columns, rows);
}

/** Header first (even when there are no rows), then one chunk per non-empty batch. */
export async function* streamCsv<Row>(
  columns: CsvColumns<Row>,
  batches: AsyncIterable<readonly Row[]> | Iterable<readonly Row[]>,
  options: CsvOptions = {},
): AsyncGenerator<string> {
  yield csvHeader(columns, options);
  for await (const batch of batches) {
    const chunk = csvRows(columns, batch);
    if (chunk !== '') yield chunk;
  }
}

export function annotationsToCsv(annotations: readonly ExportAnnotation[], options: CsvOptions & { evidence?: EvidenceFormat } = {}): string {
  return toCsv(annotationCsvColumns(options), annotations, options);
}

export function passagesToCsv(passages: readonly ExportPassage[], options: CsvOptions = {}): string {
  return toCsv(PASSAGE_CSV_COLUMNS, passages, options);
}
