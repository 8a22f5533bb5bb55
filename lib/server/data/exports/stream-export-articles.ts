import 'server-only';
// Articles for export with what nests under them (annotations, consensus
// passages with verdicts), one article at a time so memory stays flat.
import { claimsOfSpan } from '../../../consensus/passage-claims';
import { toExportArticle, toExportPassage } from '../../../exports/export-records';
import type { ExportArticle, ExportArticleEntry, ExportPassage } from '../../../exports/export-types';
import type { TExportFilter } from '../../../validation/exports';
import type { ArticleStatus } from '../../../views/article-views';
import { Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import { loadArticleClaims } from '../claims/load-article-claims';
import { consensusOf, loadConsensusData } from '../consensus/load-consensus-data';
import { toVerdictView } from '../verdicts/verdict-record';
import { exportComments } from './export-comments';
import { exportSignals, loadExportSignalDefinitions } from './export-signals';
import { articleConditions } from './export-where';
import { planExportBatches } from './plan-export-batches';
import { readPlannedAnnotations } from './read-planned-annotations';
import type { TextDirection } from '../../../vocabulary';

const ARTICLE_BATCH_SIZE = 50;

type ArticleRow = {
  id: string;
  title: string;
  sourceUrl: string | null;
  publisher: string | null;
  sourceId: string | null;
  sourceName: string | null;
  byline: string | null;
  publishedAt: Date | null;
  language: string;
  direction: TextDirection;
  status: ArticleStatus;
  revision: number;
  textHash: string;
  text: string;
  verdictsPublishedAt: Date | null;
  projectId: string;
};

export type ExportArticleWithText = ExportArticleEntry & { verdictsPublishedAt: string | null; projectId: string };

/** The filtered articles in id order, each with its annotations and passages. */
export function streamExportArticles(actor: Authorized<'exports:read'>, filter: TExportFilter, baseUrl: string, include: { annotations: boolean }): AsyncGenerator<ExportArticleWithText> {
  return articleEntries(actor, filter, baseUrl, include);
}

async function* articleEntries(actor: Authorized<'exports:read'>, filter: TExportFilter, baseUrl: string, include: { annotations: boolean }): AsyncGenerator<ExportArticleWithText> {
  // The questionnaire is read once per export: a signal changed mid-export does not split the document.
  const signalDefinitions = include.annotations ? await loadExportSignalDefinitions(db()) : [];
  for await (const row of streamArticleRows(filter)) {
    const article = toArticle(row, baseUrl);
    const annotations = [];
    if (include.annotations) {
      for await (const batch of readPlannedAnnotations(planExportBatches(actor, { ...filter, articleId: row.id }), baseUrl)) annotations.push(...batch);
    }
    const comments = include.annotations ? await exportComments(actor, row.id) : [];
    const signals = include.annotations ? await exportSignals(db(), signalDefinitions, row.id) : undefined;
    yield { article, annotations, passages: await exportPassages(db(), row, article, filter), comments, ...(signals ? { signals } : {}), verdictsPublishedAt: row.verdictsPublishedAt?.toISOString() ?? null, projectId: row.projectId };
  }
}

async function* streamArticleRows(filter: TExportFilter): AsyncGenerator<ArticleRow> {
  let after: string | null = null;
  for (;;) {
    const cursor: Prisma.Sql = after ? Prisma.sql`AND ar.id > ${after}::uuid` : Prisma.empty;
    const rows: ArticleRow[] = await db().$queryRaw<ArticleRow[]>`
      SELECT ar.id, ar.title, ar."sourceUrl", ar.publisher, so.id AS "sourceId", so.name AS "sourceName", ar.byline, ar."publishedAt", ar.status::text AS status, ar.revision, ar."textHash", ar.language, ar.direction::text AS direction, ar.text, ar."verdictsPublishedAt", ar."projectId"
      FROM "Article" ar LEFT JOIN "Source" so ON so.id = ar."sourceId" WHERE ${articleConditions(filter)} ${cursor} ORDER BY ar.id LIMIT ${ARTICLE_BATCH_SIZE}`;
    yield* rows;
    if (rows.length < ARTICLE_BATCH_SIZE) return;
    after = rows[rows.length - 1]!.id;
  }
}

function toArticle(row: ArticleRow, baseUrl: string): ExportArticle {
  const source = row.sourceId && row.sourceName ? { id: row.sourceId, name: row.sourceName } : null;
  return toExportArticle({ ...row, source, publishedAt: row.publishedAt?.toISOString() ?? null }, baseUrl);
}

async function exportPassages(client: Prisma.TransactionClient, row: ArticleRow, article: ExportArticle, filter: TExportFilter): Promise<ExportPassage[]> {
  const [data, claimAppearances] = await Promise.all([
    loadConsensusData(client, { id: row.id, title: row.title, status: row.status, revision: row.revision, text: row.text }),
    loadArticleClaims(client, row),
  ]);
  const verdicts = new Map(data.verdicts.map((verdict) => [verdict.id, toVerdictView(verdict)]));
  return consensusOf(data)
    .passages.filter((passage) => !filter.label || passage.finalLabel === filter.label)
    .map((passage) => toExportPassage(passage, article, passage.verdictId ? (verdicts.get(passage.verdictId) ?? null) : null, claimsOfSpan(passage, claimAppearances)));
}
