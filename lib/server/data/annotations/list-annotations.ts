import 'server-only';
import type { AnnotationView } from '../../../views/annotation-views';
import { sqlPool } from '../../db/client';
import type { Authorized } from '../../guards';
import { isUuid } from '../../../validation/uuid';
import { ANNOTATION_COLUMNS, type AnnotationSqlRow, fromSqlRow, toAnnotationView } from './annotation-record';
import { visibleAnnotationsSql } from './visible-annotations-sql';

/**
 * The article's live annotations the actor may see under blind review, in text order. Every caller
 * has passed the article guard (requireArticleActor, requirePageArticleActor), whose lookup of the
 * article's project already answered 404 for an unknown id; reading the article again here cost a
 * round trip and its whole text per request (issue 16). One statement to the pool, with the blind
 * rule in SQL (visibleAnnotationsSql): Prisma's query path cost more CPU than the listing.
 */
export async function listAnnotations(actor: Authorized<'articles:read'>, articleId: string, options: { includeDeleted?: boolean } = {}): Promise<AnnotationView[]> {
  if (!isUuid(articleId)) return [];
  const visible = visibleAnnotationsSql(actor, { includeOwnDeleted: options.includeDeleted }, 2);
  const { rows } = await sqlPool().query<AnnotationSqlRow>(
    `SELECT ${ANNOTATION_COLUMNS}
     FROM "Annotation" c ${visible.joins} JOIN "User" u ON u.id = c."authorId"
     WHERE c."articleId" = $1::uuid AND ${visible.condition}
     ORDER BY c.start ASC, c."end" DESC, c."createdAt" ASC`,
    [articleId, ...visible.values],
  );
  return rows.map((row) => toAnnotationView(fromSqlRow(row), actor));
}
