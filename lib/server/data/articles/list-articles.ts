import 'server-only';
import type { TArticleFilter } from '../../../validation/articles';
import type { ArticleStatus } from '../../../vocabulary';
import { Prisma, sqlPool } from '../../db/client';
import type { Authorized } from '../../guards';
import type { ArticleListItem } from '../../../views/article-views';
import { articlesWithSql } from '../projects/project-scope';
import { searchArticleIds } from './search-articles';

const PAGE_SIZE = 200;

type ArticleListRow = Omit<ArticleListItem, 'source' | 'publishedAt' | 'lastActivityAt'> & {
  sourceId: string | null;
  sourceName: string | null;
  publishedAt: Date | null;
  lastActivityAt: Date;
};

/**
 * Articles the actor may see, newest activity first, matching a search (in the article's language:
 * search-articles.ts) and a status. One statement on the pool, with the project rule's SQL form
 * (project-scope.ts), where Prisma's model query with its relations and count cost more CPU than the
 * read (issue 16: every dashboard and list asks it). Times are stored without a zone, in UTC, so they
 * are marked UTC for node-pg.
 */
export async function listArticles(actor: Authorized<'articles:read'>, filter: TArticleFilter = {}): Promise<ArticleListItem[]> {
  const found = filter.q ? await searchArticleIds(actor, filter.q, { status: filter.status, limit: PAGE_SIZE }) : undefined;
  const conditions = [articlesWithSql(actor, 'articles:read')];
  if (filter.status) conditions.push(Prisma.sql`ar.status = ${filter.status}::"ArticleStatus"`);
  if (found) conditions.push(Prisma.sql`ar.id = ANY(${found}::uuid[])`);
  const query = Prisma.sql`
    SELECT ar.id, ar.title, ar.publisher, so.id AS "sourceId", so.name AS "sourceName", ar.byline,
           ar."publishedAt" AT TIME ZONE 'UTC' AS "publishedAt", ar.status::text AS status, ar.revision,
           ar."lastActivityAt" AT TIME ZONE 'UTC' AS "lastActivityAt", ar."projectId", p.name AS "projectName",
           (SELECT count(*)::int FROM "ReviewSubmission" s WHERE s."articleId" = ar.id) AS "submittedReviews"
    FROM "Article" ar JOIN "Project" p ON p.id = ar."projectId" LEFT JOIN "Source" so ON so.id = ar."sourceId"
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY ar."lastActivityAt" DESC, ar.id ASC
    LIMIT ${PAGE_SIZE}`;
  const { rows } = await sqlPool().query<ArticleListRow>(query.text, query.values);
  // The keys in the order the API has always given them.
  return rows.map(({ id, title, publisher, sourceId, sourceName, byline, publishedAt, status, revision, lastActivityAt, projectId, projectName, submittedReviews }) => ({
    id,
    title,
    publisher,
    source: sourceId !== null && sourceName !== null ? { id: sourceId, name: sourceName } : null,
    byline,
    status: status as ArticleStatus,
    revision,
    projectId,
    publishedAt: publishedAt?.toISOString() ?? null,
    projectName,
    submittedReviews,
    lastActivityAt: lastActivityAt.toISOString(),
  }));
}
