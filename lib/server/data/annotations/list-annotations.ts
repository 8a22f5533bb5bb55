import 'server-only';
import type { AnnotationView } from '../../../views/annotation-views';
import { sqlPool } from '../../db/client';
import { type Authorized, visibleAnnotationAuthor } from '../../guards';
import { isUuid } from '../../../validation/uuid';
import { ANNOTATION_COLUMNS, type AnnotationSqlRow, fromSqlRow, toAnnotationView } from './annotation-record';

/**
 * The article's live annotations the actor may see under blind review, in text order. Every caller
 * has passed the article guard (requireArticleActor, requirePageArticleActor), whose lookup of the
 * article's project already answered 404 for an unknown id; reading the article again here cost a
 * round trip and its whole text per request (issue 16).
 *
 * One statement to the pool (issue 16: Prisma's query path cost more CPU than the listing). The
 * blind rule is visibleAnnotationsWhere's for one article: the actor's role in the article's project
 * gives two author filters from the guard's own visibleAnnotationAuthor — before and after the
 * actor submitted their review of it (null: everyone's) — and PostgreSQL picks one by whether they
 * have; in a project not the actor's, nothing. The integration test holds the two equal for every
 * demo account, submitted or not.
 */
export async function listAnnotations(actor: Authorized<'articles:read'>, articleId: string, options: { includeDeleted?: boolean } = {}): Promise<AnnotationView[]> {
  if (!isUuid(articleId)) return [];
  const ruleOf = (role: Authorized<'articles:read'>['role']) => [visibleAnnotationAuthor({ ...actor, role }, false), visibleAnnotationAuthor({ ...actor, role }, true)];
  const projectRules = actor.projects === null ? {} : Object.fromEntries([...actor.projects].map(([projectId, role]) => [projectId, ruleOf(role)]));
  const everyProjectRule = actor.projects === null ? ruleOf(actor.role) : null;
  const { rows } = await sqlPool().query<AnnotationSqlRow>(
    `WITH rule AS (
       SELECT COALESCE($3::jsonb -> ar."projectId"::text, $4::jsonb) AS authors,
              EXISTS (SELECT 1 FROM "ReviewSubmission" rs WHERE rs."articleId" = ar.id AND rs."reviewerId" = $2::uuid) AS submitted
       FROM "Article" ar WHERE ar.id = $1::uuid
     )
     SELECT ${ANNOTATION_COLUMNS}
     FROM "Annotation" c JOIN rule ON rule.authors IS NOT NULL JOIN "User" u ON u.id = c."authorId"
     WHERE c."articleId" = $1::uuid
       AND (c."deletedAt" IS NULL OR ($5::boolean AND c."authorId" = $2::uuid))
       AND COALESCE(c."authorId"::text = (rule.authors ->> (CASE WHEN rule.submitted THEN 1 ELSE 0 END)), true)
     ORDER BY c.start ASC, c."end" DESC, c."createdAt" ASC`,
    [articleId, actor.id, JSON.stringify(projectRules), everyProjectRule === null ? null : JSON.stringify(everyProjectRule), options.includeDeleted === true],
  );
  return rows.map((row) => toAnnotationView(fromSqlRow(row), actor));
}
