import 'server-only';
// Which serialiser writes which format, fed by which data stream. Every
// format is produced batch by batch, so memory does not grow with the export.
import { PASSAGE_CSV_COLUMNS, annotationCsvColumns, csvHeader, streamCsv } from '../../exports/csv';
import type { ExportPassage } from '../../exports/export-types';
import { claimReview, publishedRulingsOf, serializeJsonLd } from '../../exports/claim-review';
import { streamJsonExport } from '../../exports/json';
import { toCommentWebAnnotationItem } from '../../exports/comment-web-annotation';
import { webAnnotationExportFrame, webAnnotationExportItems } from '../../exports/web-annotation-export';
import type { ExportFormat, TExportFilter } from '../../validation/exports';
import type { RatingOption } from '../../views/consensus-views';
import type { Authorized } from '../guards';
import type { ExportCount } from '../data/exports/count-export-records';
import { streamExportDiscussions } from '../data/exports/export-comments';
import { listDeskRatingScale, listRatingScale } from '../data/exports/list-rating-scale';
import { planExportBatches } from '../data/exports/plan-export-batches';
import { type ExportArticleWithText, streamExportArticles } from '../data/exports/stream-export-articles';
import { exportBatchJobs } from './export-batch';
import { runExportBatches } from './export-workers';
import { newsroomFromEnv } from './newsroom-config';
import { readAhead } from './read-ahead';

export type ExportRequest = { actor: Authorized<'exports:read'>; format: ExportFormat; filter: TExportFilter; baseUrl: string; bom: boolean; generatedAt: string; selfUrl: string };

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  'passages.csv': 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
  claimreview: 'application/ld+json; charset=utf-8',
};

export const FILE_EXTENSIONS: Record<ExportFormat, string> = { csv: 'annotations.csv', 'passages.csv': 'passages.csv', json: 'json', jsonld: 'annotations.jsonld', claimreview: 'claimreview.jsonld' };

/** The export's text, piece by piece; `count` is the count of its records taken just before (annotation formats hold no more). */
export function exportChunks(request: ExportRequest, count: ExportCount): AsyncGenerator<string | Uint8Array> {
  switch (request.format) {
    case 'csv':
      return csvChunks(request, count.total);
    case 'passages.csv':
      return streamCsv(PASSAGE_CSV_COLUMNS, passageBatches(exportArticles(request, request.filter, { annotations: false })), { bom: request.bom });
    case 'json':
      return streamJsonExport(exportArticles(request, request.filter, { annotations: true }), request.generatedAt);
    case 'jsonld':
      return webAnnotationChunks(request, count);
    case 'claimreview':
      return claimReviewChunks(request);
  }
}

/**
 * The filtered articles with what nests under them, one step ahead: the next
 * article is read while the serialiser writes this one (a per-article export
 * otherwise waits on every query in turn).
 */
function exportArticles(request: ExportRequest, filter: TExportFilter, include: { annotations: boolean }): AsyncGenerator<ExportArticleWithText> {
  return readAhead(streamExportArticles(request.actor, filter, request.baseUrl, include));
}

async function* passageBatches(articles: AsyncGenerator<ExportArticleWithText>): AsyncGenerator<readonly ExportPassage[]> {
  for await (const entry of articles) yield entry.passages;
}

/** The annotation CSV: the header, then the planned batches, written a few at a time (export workers). */
async function* csvChunks(request: ExportRequest, total: number): AsyncGenerator<string | Uint8Array> {
  yield csvHeader(annotationCsvColumns(), { bom: request.bom });
  yield* runExportBatches(exportBatchJobs(planExportBatches(request.actor, request.filter, total), 'csv', request.baseUrl));
}

/**
 * One AnnotationCollection with every annotation in its embedded page, then
 * the articles' comments as `replying` annotations (none under a label filter,
 * which selects annotations); the batches never hold more than its total.
 */
async function* webAnnotationChunks(request: ExportRequest, { total, comments: commentTotal }: ExportCount): AsyncGenerator<string | Uint8Array> {
  const frame = webAnnotationExportFrame({ id: request.selfUrl, label: 'Corroborate annotations export', total });
  yield frame.opening;
  let first = true;
  for await (const items of runExportBatches(exportBatchJobs(planExportBatches(request.actor, request.filter, total - commentTotal), 'jsonld', request.baseUrl))) {
    if (items.length === 0) continue;
    // Every run of items starts with its separating comma; the page's first item has none.
    yield first ? withoutFirstCharacter(items) : items;
    first = false;
  }
  // Comments made since the count are left out, as annotations are.
  let room = commentTotal;
  if (room > 0) {
    for await (const { article, comments } of streamExportDiscussions(request.actor, request.filter, request.baseUrl)) {
      const written = comments.slice(0, room);
      if (written.length === 0) break;
      yield webAnnotationExportItems(written.map((comment) => toCommentWebAnnotationItem(comment, article)), first ? 0 : 1);
      first = false;
      room -= written.length;
    }
  }
  yield frame.closing;
}

/** Text or ASCII-led UTF-8 bytes without their first character (a comma). */
function withoutFirstCharacter(chunk: string | Uint8Array): string | Uint8Array {
  return typeof chunk === 'string' ? chunk.slice(1) : chunk.subarray(1);
}

/** A JSON array of ClaimReview documents, one per ruling of each published article (publishedRulingsOf: a ruled claim's verdict carries to its passages). */
async function* claimReviewChunks(request: ExportRequest): AsyncGenerator<string> {
  const { newsroom, factCheckBaseUrl } = newsroomFromEnv(request.baseUrl);
  // Each verdict was given on its article's project's scale; read once per project.
  const scales = new Map<string, RatingOption[]>();
  const scaleOf = async (projectId: string): Promise<RatingOption[]> => {
    const known = scales.get(projectId);
    if (known) return known;
    const scale = await listRatingScale(request.actor, projectId);
    scales.set(projectId, scale);
    return scale;
  };
  // Claim verdicts are given on the desk's scale (a claim is no one project's).
  let desk: RatingOption[] | null = null;
  const deskScale = async (): Promise<RatingOption[]> => (desk ??= await listDeskRatingScale(request.actor));
  yield '[';
  let index = 0;
  for await (const entry of exportArticles(request, { ...request.filter, status: 'published' }, { annotations: false })) {
    if (!entry.verdictsPublishedAt) continue;
    for (const passage of entry.passages) {
      for (const { verdict, scale } of publishedRulingsOf(passage)) {
        const ratingScale = scale === 'desk' ? await deskScale() : await scaleOf(entry.projectId);
        yield (index === 0 ? '' : ',') + serializeJsonLd(claimReview({ verdict, article: entry.article, newsroom, ratingScale, factCheckBaseUrl, publishedAt: entry.verdictsPublishedAt }));
        index += 1;
      }
    }
  }
  yield ']';
}
