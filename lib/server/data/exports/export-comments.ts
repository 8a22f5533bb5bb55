import 'server-only';
// The discussion of exported articles: nested under each article in the JSON
// export, and as `replying` annotations after the annotations in the W3C one.
// Exports are the desk's, who read every comment; the blind rule is applied all the same.
import { workbenchArticleUrl } from '../../../exports/export-records';
import type { ExportComment } from '../../../exports/export-types';
import type { TExportFilter } from '../../../validation/exports';
import { Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import { commentSelect } from '../comments/comment-record';
import { visibleCommentsWhere } from '../comments/visible-comments-where';
import { articleConditions } from './export-where';

const ARTICLE_BATCH_SIZE = 50;

/** The article's comments, oldest first. */
export async function exportComments(actor: Authorized<'exports:read'>, articleId: string): Promise<ExportComment[]> {
  const rows = await db().comment.findMany({ where: { AND: [{ articleId }, visibleCommentsWhere(actor)] }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: commentSelect });
  return rows.map((row) => ({
    id: row.id,
    parentId: row.parentId,
    author: row.author,
    body: row.body,
    mentions: row.mentions,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    revision: row.revision,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** How many comments the filtered articles hold (what the W3C export adds to its annotations). */
export async function countExportComments(filter: TExportFilter): Promise<number> {
  const [row] = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Comment" c JOIN "Article" ar ON ar.id = c."articleId" WHERE c."deletedAt" IS NULL AND ${articleConditions(filter)}`;
  return Number(row?.n ?? 0);
}

export type ArticleDiscussion = { article: { url: string; text: string }; comments: ExportComment[] };

/** The filtered articles that have a discussion, in id order, each with its comments. */
export async function* streamExportDiscussions(actor: Authorized<'exports:read'>, filter: TExportFilter, baseUrl: string): AsyncGenerator<ArticleDiscussion> {
  let after: string | null = null;
  for (;;) {
    const cursor: Prisma.Sql = after ? Prisma.sql`AND ar.id > ${after}::uuid` : Prisma.empty;
    const rows: { id: string; sourceUrl: string | null; text: string }[] = await db().$queryRaw<{ id: string; sourceUrl: string | null; text: string }[]>`
      SELECT ar.id, ar."sourceUrl", ar.text FROM "Article" ar
      WHERE ${articleConditions(filter)} AND EXISTS (SELECT 1 FROM "Comment" c WHERE c."articleId" = ar.id AND c."deletedAt" IS NULL) ${cursor}
      ORDER BY ar.id LIMIT ${ARTICLE_BATCH_SIZE}`;
    for (const row of rows) yield { article: { url: row.sourceUrl ?? workbenchArticleUrl(baseUrl, row.id), text: row.text }, comments: await exportComments(actor, row.id) };
    if (rows.length < ARTICLE_BATCH_SIZE) return;
    after = rows[rows.length - 1]!.id;
  }
}
