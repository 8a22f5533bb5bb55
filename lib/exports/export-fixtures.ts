// Test factories for the export serialisers: an article whose text has the
// content that breaks naive exporters (quotes, commas, newlines, astral
// emoji before a span, a spreadsheet formula, HTML-looking text) and
// records anchored on it. Used only by the *.test.ts files beside it.
import { describeSpan } from '../anchoring/selectors';
import type { ExportAnnotation, ExportArticle, ExportPassage, ExportVerdict } from './export-types';

export const FIXTURE_BASE_URL = 'https://desk.example/corroborate/';

/** Astral characters (🧪, 👩‍🔬, 𝔘) sit before the quoted passages, so UTF-16 and code-point offsets differ there. */
export const FIXTURE_TEXT = [
  'Lab notes 🧪: the "miracle" cure',
  'The minister said "taxes fell 10%, the lowest since 1990", and nobody checked.',
  '=HYPERLINK("http://evil.example","click me") was pasted in the comments.',
  'Reviewers 👩‍🔬 say 𝔘nicode <b>bold</b> claims need sources.',
].join('\n');

export function buildExportArticle(overrides: Partial<ExportArticle> = {}): ExportArticle {
  return {
    id: '6f1c2a9e-3b7d-4c1e-9a2f-0d4b5c6e7f80',
    title: 'Lab notes 🧪: the "miracle" cure, explained',
    url: 'https://news.example/2026/lab-notes?ref=a,b',
    publisher: 'The Example Times',
    source: { id: '2b9d1c4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', name: 'The Example Times' },
    byline: 'Jane O\'Hara, staff',
    publishedAt: '2026-11-20T08:30:00.000Z',
    status: 'published',
    revision: 2,
    textHash: 'a3f1c0de'.repeat(8),
    language: 'en',
    direction: 'ltr',
    ...overrides,
  };
}

/** An annotation on the first occurrence of `exact` in `text`, with the context the server would store. */
export function buildExportAnnotation(exact: string, overrides: Partial<ExportAnnotation> = {}, text: string = FIXTURE_TEXT): ExportAnnotation {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture quote not in text: ${exact}`);
  const { quote } = describeSpan(text, start, start + exact.length);
  const article = buildExportArticle();
  const id = overrides.id ?? '0b8a4c3e-1d2f-4a5b-8c7d-9e0f1a2b3c4d';
  return {
    id,
    articleId: article.id,
    articleTitle: article.title,
    articleUrl: article.url,
    reviewer: { id: '5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f', name: 'Ana "Fact" Müller' },
    label: 'claim',
    start,
    end: start + exact.length,
    exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    revision: 2,
    rationale: 'Checked against the budget, line 4.\nSee <script>alert("x")</script> & the "official" table, 🧪.',
    evidence: [
      { url: 'https://stats.example/budget?year=2025&table=4', title: 'Budget, table 4 (final)', type: 'official_data' },
      { url: 'https://archive.example/report' },
    ],
    confidence: 'high',
    anchorState: 'anchored',
    createdAt: '2026-11-21T10:00:00.000Z',
    updatedAt: '2026-11-22T11:30:15.250Z',
    iri: `${FIXTURE_BASE_URL}annotations/${id}`,
    canonical: null,
    via: [],
    ...overrides,
  };
}

export function buildExportVerdict(overrides: Partial<ExportVerdict> = {}): ExportVerdict {
  return {
    label: 'claim',
    rating: 'mostly_false',
    ratingName: 'Mostly false',
    ratingValue: 2,
    explanation: 'Taxes fell 4%, not 10%; the "lowest since 1990" part is wrong too.\nSource: budget.',
    claimant: 'Minister of Finance',
    appearanceUrl: 'https://video.example/speech#t=120',
    claimDate: '2026-11-19',
    editorName: 'Ed Itor',
    updatedAt: '2026-11-23T09:00:00.000Z',
    ...overrides,
  };
}

export function buildExportPassage(exact: string, overrides: Partial<ExportPassage> = {}, text: string = FIXTURE_TEXT): ExportPassage {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture quote not in text: ${exact}`);
  const article = buildExportArticle();
  return {
    articleId: article.id,
    articleTitle: article.title,
    id: `${start}-${start + exact.length}`,
    start,
    end: start + exact.length,
    exact,
    label: 'claim',
    support: 2,
    reviewers: 3,
    state: 'agreed',
    verdict: buildExportVerdict(),
    claims: [],
    ...overrides,
  };
}

type JsonContainer = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is JsonContainer {
  return typeof value === 'object' && value !== null;
}

/** A deep copy through JSON, i.e. exactly what a client would receive. */
export function viaJson(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

function parentOf(document: unknown, path: string): [JsonContainer, string] {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node: unknown = document;
  for (const key of keys) {
    if (!isContainer(node)) throw new Error(`no ${key} in ${path}`);
    node = (node as Record<string, unknown>)[key];
  }
  if (!isContainer(node)) throw new Error(`no parent for ${path}`);
  return [node, last];
}

/** Reads a dotted path (`target.selector.0.start`) of a parsed JSON document. */
export function getPath(document: unknown, path: string): unknown {
  const [parent, key] = parentOf(document, path);
  return (parent as Record<string, unknown>)[key];
}

/** Breaks a document for a test: sets a dotted path. */
export function setPath(document: unknown, path: string, value: unknown): void {
  const [parent, key] = parentOf(document, path);
  (parent as Record<string, unknown>)[key] = value;
}

export function deletePath(document: unknown, path: string): void {
  const [parent, key] = parentOf(document, path);
  delete (parent as Record<string, unknown>)[key];
}
