import 'server-only';
import { AppError } from '../../../errors';
import type { ArticleStatus, TextDirection } from '../../../vocabulary';
import { sqlPool } from '../../db/client';
import type { Authorized } from '../../guards';
import type { ArticleDetail } from '../../../views/article-views';
import { isUuid } from '../../../validation/uuid';
import { loadRevisionTextFromPool, revisionText } from './revision-text';

type ArticleRow = {
  id: string;
  title: string;
  publisher: string | null;
  status: ArticleStatus;
  revision: number;
  submittedReviews: number;
  lastActivityAt: Date;
  projectId: string;
  projectName: string;
  sourceId: string | null;
  sourceName: string | null;
  byline: string | null;
  authors: { id: string; name: string }[];
  sourceUrl: string | null;
  canonicalUrl: string | null;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  language: string;
  direction: TextDirection;
  textHash: string;
  createdAt: Date;
  importedBy: string | null;
};

/**
 * One article with its project, source, authors (in byline order), importer and number of
 * submitted reviews. Every article page and API read asks this, so it is one statement
 * (issue 16): Prisma's include would send six, one after another. Its text and HTML are the
 * revision's, from the process's cache.
 */
export async function getArticle(actor: Authorized<'articles:read'>, id: string): Promise<ArticleDetail> {
  // To the pool directly (issue 16: Prisma's raw-query path costs more CPU than the statement). node-pg
  // reads a timestamp without time zone in the process's zone, so each is marked UTC, as Prisma stores them.
  const [row] = isUuid(id)
    ? (
        await sqlPool().query<ArticleRow>(
          `SELECT a.id, a.title, a.publisher, a.status::text AS status, a.revision, a."lastActivityAt" AT TIME ZONE 'UTC' AS "lastActivityAt",
             a."projectId", p.name AS "projectName", a."sourceId", s.name AS "sourceName", a.byline, a."sourceUrl", a."canonicalUrl",
             a."publishedAt" AT TIME ZONE 'UTC' AS "publishedAt", a."modifiedAt" AT TIME ZONE 'UTC' AS "modifiedAt",
             a.language, a.direction::text AS direction, a."textHash", a."createdAt" AT TIME ZONE 'UTC' AS "createdAt", u.name AS "importedBy",
             (SELECT count(*)::int FROM "ReviewSubmission" rs WHERE rs."articleId" = a.id) AS "submittedReviews",
             COALESCE((SELECT json_agg(json_build_object('id', au.id, 'name', au.name) ORDER BY aa.position)
                       FROM "ArticleAuthor" aa JOIN "Author" au ON au.id = aa."authorId" WHERE aa."articleId" = a.id), '[]'::json) AS authors
           FROM "Article" a
           JOIN "Project" p ON p.id = a."projectId"
           LEFT JOIN "Source" s ON s.id = a."sourceId"
           LEFT JOIN "User" u ON u.id = a."importedById"
           WHERE a.id = $1::uuid`,
          [id],
        )
      ).rows
    : [];
  if (!row) throw new AppError('not_found', 'No article with that id.');
  // The text and HTML of that revision come from this process's cache (revision-text.ts), read on a miss.
  const at = { articleId: row.id, revision: row.revision, textHash: row.textHash };
  const content = await revisionText(at, loadRevisionTextFromPool(at));
  if (!content) throw new AppError('not_found', 'No article with that id.');
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    status: row.status,
    revision: row.revision,
    submittedReviews: row.submittedReviews,
    lastActivityAt: row.lastActivityAt.toISOString(),
    projectId: row.projectId,
    projectName: row.projectName,
    source: row.sourceId && row.sourceName !== null ? { id: row.sourceId, name: row.sourceName } : null,
    byline: row.byline,
    authors: row.authors,
    sourceUrl: row.sourceUrl,
    canonicalUrl: row.canonicalUrl,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    modifiedAt: row.modifiedAt?.toISOString() ?? null,
    language: row.language,
    direction: row.direction,
    html: content.html,
    text: content.text,
    textHash: row.textHash,
    createdAt: row.createdAt.toISOString(),
    importedBy: row.importedBy,
  };
}
