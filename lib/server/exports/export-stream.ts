import 'server-only';
// Which serialiser writes which format, fed by which data stream. Every
// format is produced batch by batch, so memory does not grow with the export.
import { PASSAGE_CSV_COLUMNS, annotationCsvColumns, streamCsv } from '../../exports/csv';
import type { ExportAnnotation, ExportPassage } from '../../exports/export-types';
import { claimReview, publishedVerdictOf, serializeJsonLd } from '../../exports/claim-review';
import { streamJsonExport } from '../../exports/json';
import { toWebAnnotationItem } from '../../exports/web-annotation';
import { webAnnotationExportFrame, webAnnotationExportItem } from '../../exports/web-annotation-export';
import type { ExportFormat, TExportFilter } from '../../validation/exports';
import type { Actor } from '../actor';
import { listRatingScale } from '../data/exports/list-rating-scale';
import { loadArticleTexts } from '../data/exports/load-article-texts';
import { streamExportAnnotations } from '../data/exports/stream-export-annotations';
import { type ExportArticleWithText, streamExportArticles } from '../data/exports/stream-export-articles';
import { newsroomFromEnv } from './newsroom-config';

export type ExportRequest = { actor: Actor; format: ExportFormat; filter: TExportFilter; baseUrl: string; bom: boolean; generatedAt: string; selfUrl: string };

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  'passages.csv': 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
  claimreview: 'application/ld+json; charset=utf-8',
};

export const FILE_EXTENSIONS: Record<ExportFormat, string> = { csv: 'annotations.csv', 'passages.csv': 'passages.csv', json: 'json', jsonld: 'annotations.jsonld', claimreview: 'claimreview.jsonld' };

export function exportChunks(request: ExportRequest, total: number): AsyncGenerator<string> {
  const { actor, filter, baseUrl } = request;
  switch (request.format) {
    case 'csv':
      return streamCsv(annotationCsvColumns(), streamExportAnnotations(actor, filter, baseUrl), { bom: request.bom });
    case 'passages.csv':
      return streamCsv(PASSAGE_CSV_COLUMNS, passageBatches(streamExportArticles(actor, filter, baseUrl, { annotations: false })), { bom: request.bom });
    case 'json':
      return streamJsonExport(streamExportArticles(actor, filter, baseUrl, { annotations: true }), request.generatedAt);
    case 'jsonld':
      return webAnnotationChunks(request, total);
    case 'claimreview':
      return claimReviewChunks(request);
  }
}

async function* passageBatches(articles: AsyncGenerator<ExportArticleWithText>): AsyncGenerator<readonly ExportPassage[]> {
  for await (const entry of articles) yield entry.passages;
}

/** Annotation batches with the texts their offsets refer to, fetched per batch. */
export async function* annotationsWithTexts(batches: AsyncGenerator<ExportAnnotation[]>): AsyncGenerator<{ annotations: ExportAnnotation[]; texts: Map<string, string> }> {
  for await (const annotations of batches) {
    yield { annotations, texts: await loadArticleTexts([...new Set(annotations.map((annotation) => annotation.articleId))]) };
  }
}

/** One AnnotationCollection with every annotation in its embedded page. */
async function* webAnnotationChunks(request: ExportRequest, total: number): AsyncGenerator<string> {
  const frame = webAnnotationExportFrame({ id: request.selfUrl, label: 'Corroborate annotations export', total });
  yield frame.opening;
  let index = 0;
  // The count was taken before streaming; stop at it so the document never contradicts its own total.
  for await (const { annotations, texts } of annotationsWithTexts(streamExportAnnotations(request.actor, request.filter, request.baseUrl))) {
    for (const annotation of annotations) {
      if (index >= total) break;
      yield webAnnotationExportItem(toWebAnnotationItem(annotation, { text: texts.get(annotation.articleId) ?? '' }), index);
      index += 1;
    }
  }
  yield frame.closing;
}

/** A JSON array of ClaimReview documents, one per verdict of each published article. */
async function* claimReviewChunks(request: ExportRequest): AsyncGenerator<string> {
  const { newsroom, factCheckBaseUrl } = newsroomFromEnv(request.baseUrl);
  const ratingScale = await listRatingScale(request.actor);
  yield '[';
  let index = 0;
  for await (const entry of streamExportArticles(request.actor, { ...request.filter, status: 'published' }, request.baseUrl, { annotations: false })) {
    for (const passage of entry.passages) {
      const verdict = publishedVerdictOf(passage);
      if (!verdict || !entry.verdictsPublishedAt) continue;
      yield (index === 0 ? '' : ',') + serializeJsonLd(claimReview({ verdict, article: entry.article, newsroom, ratingScale, factCheckBaseUrl, publishedAt: entry.verdictsPublishedAt }));
      index += 1;
    }
  }
  yield ']';
}
