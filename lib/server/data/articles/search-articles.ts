import 'server-only';
import type { ArticleStatus } from '../../../vocabulary';
import type { Actor } from '../../actor';
import { Prisma, db } from '../../db/client';
import type { Permission } from '../../guards';
import { articlesWithSql } from '../projects/project-scope';

/**
 * Ids of the articles the actor may read (or act on, by `permission`) whose headline or publisher matches a
 * dashboard search, in the list's order (newest activity first), at most `limit`.
 * A headline matches when it contains q (a word of Chinese or Japanese, written
 * without spaces, is found so) or holds q's words read in the article's own
 * language (stemmed where PostgreSQL has a stemmer for it, corroborate_search_config:
 * "Москве" finds "Москва"). Both sides are folded alike (corroborate_fold: NFKC,
 * Arabic-script marks and letter variants, Latin accents, case), and q is taken
 * literally: LIKE's wildcards are escaped after folding, since NFKC makes "％" a "%"
 * (chr(92) is the backslash). Headlines are short, so they are read as they are, like the ILIKE before.
 */
export async function searchArticleIds(
  actor: Actor,
  q: string,
  options: { status?: ArticleStatus; notStatus?: ArticleStatus; limit: number; permission?: Permission },
): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    WITH f AS (SELECT corroborate_fold(${q}::text) AS words),
    q AS (SELECT words, '%' || replace(replace(replace(words, chr(92), chr(92) || chr(92)), '%', chr(92) || '%'), '_', chr(92) || '_') || '%' AS pattern FROM f WHERE words <> '')
    SELECT ar.id FROM "Article" ar, q
    WHERE ${articlesWithSql(actor, options.permission ?? 'articles:read')}
      ${options.status ? Prisma.sql`AND ar.status = ${options.status}::"ArticleStatus"` : Prisma.empty}
      ${options.notStatus ? Prisma.sql`AND ar.status <> ${options.notStatus}::"ArticleStatus"` : Prisma.empty}
      AND (corroborate_fold(ar.title) LIKE q.pattern
        OR corroborate_fold(coalesce(ar.publisher, '')) LIKE q.pattern
        OR to_tsvector(corroborate_search_config(ar.language), corroborate_fold(ar.title)) @@ plainto_tsquery(corroborate_search_config(ar.language), q.words))
    ORDER BY ar."lastActivityAt" DESC, ar.id
    LIMIT ${options.limit}`;
  return rows.map((row) => row.id);
}
