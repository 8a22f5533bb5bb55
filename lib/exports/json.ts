// The JSON export: one document, every article with its annotations,
// consensus passages, discussion (comments) and credibility signals nested under it. Annotations and passages drop the
// article fields they repeat (articleId, articleTitle, articleUrl) since
// they sit inside their article.
//
// Large exports are written in pieces — `jsonExportOpening`, one
// `jsonExportArticle` per article, `jsonExportClosing` — whose concatenation
// is exactly `JSON.stringify(buildJsonExport(...))`, so the server can
// stream article by article and still produce one valid document.
import type { ExportAnnotation, ExportArticle, ExportArticleEntry, ExportComment, ExportPassage, ExportSignal } from './export-types';
import { omitKeys } from './omit-keys';

export const JSON_EXPORT_FORMAT = 'corroborate-export';
export const JSON_EXPORT_VERSION = 1;

export type JsonExportAnnotation = Omit<ExportAnnotation, 'articleId' | 'articleTitle' | 'articleUrl'>;
export type JsonExportPassage = Omit<ExportPassage, 'articleId' | 'articleTitle'>;
export type JsonExportArticle = ExportArticle & { annotations: JsonExportAnnotation[]; passages: JsonExportPassage[]; comments: ExportComment[]; signals?: Record<string, ExportSignal> };

export type JsonExport = {
  format: typeof JSON_EXPORT_FORMAT;
  version: typeof JSON_EXPORT_VERSION;
  generatedAt: string;
  articles: JsonExportArticle[];
};

const nestAnnotation = (annotation: ExportAnnotation): JsonExportAnnotation => omitKeys(annotation, ['articleId', 'articleTitle', 'articleUrl']);
const nestPassage = (passage: ExportPassage): JsonExportPassage => omitKeys(passage, ['articleId', 'articleTitle']);

/** One article as it appears in `articles`; the records must belong to it. */
export function toJsonExportArticle(entry: ExportArticleEntry): JsonExportArticle {
  const { article } = entry;
  // A record filed under the wrong article would silently misattribute reviewers' work.
  for (const record of [...entry.annotations, ...entry.passages]) {
    if (record.articleId !== article.id) throw new RangeError(`Export record for article ${record.articleId} given with article ${article.id}`);
  }
  return {
    ...article,
    annotations: entry.annotations.map(nestAnnotation),
    passages: entry.passages.map(nestPassage),
    comments: [...(entry.comments ?? [])],
    ...(entry.signals ? { signals: { ...entry.signals } } : {}),
  };
}

export function buildJsonExport(entries: readonly ExportArticleEntry[], generatedAt: string): JsonExport {
  return { format: JSON_EXPORT_FORMAT, version: JSON_EXPORT_VERSION, generatedAt, articles: entries.map(toJsonExportArticle) };
}

/** Everything before the first article: `{"format":…,"generatedAt":…,"articles":[`. */
export function jsonExportOpening(generatedAt: string): string {
  const head = JSON.stringify({ format: JSON_EXPORT_FORMAT, version: JSON_EXPORT_VERSION, generatedAt, articles: [] });
  return head.slice(0, -2); // drop the empty array's "]}" — the articles follow
}

/** One article; `index` is its position in the export (0 for the first), which decides the separating comma. */
export function jsonExportArticle(entry: ExportArticleEntry, index: number): string {
  return (index === 0 ? '' : ',') + JSON.stringify(toJsonExportArticle(entry));
}

export function jsonExportClosing(): string {
  return ']}';
}

/** The pieces in order, for `for await` or `ReadableStream.from`. */
export async function* streamJsonExport(
  entries: AsyncIterable<ExportArticleEntry> | Iterable<ExportArticleEntry>,
  generatedAt: string,
): AsyncGenerator<string> {
  yield jsonExportOpening(generatedAt);
  let index = 0;
  for await (const entry of entries) {
    yield jsonExportArticle(entry, index);
    index += 1;
  }
  yield jsonExportClosing();
}
