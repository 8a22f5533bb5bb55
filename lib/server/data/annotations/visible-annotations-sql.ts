import 'server-only';
// Blind review as SQL, for the statements sent to the pool directly (issue 16): the same rule as
// visibleAnnotationsWhere, over an annotation `c`. For each of the actor's projects (every project,
// for an admin-wide actor), the guard's own visibleAnnotationAuthor gives the author whose
// annotations the actor sees before submitting their review of the article and after (null:
// everyone's); PostgreSQL picks one by whether the actor has submitted. In a project not the
// actor's, nothing. The integration test holds it equal to visibleAnnotationsWhere for every demo
// account, narrowed to a project or not, submitted or not.
import type { Actor } from '../../actor';
import { visibleAnnotationAuthor } from '../../guards';
import type { VisibleAnnotationsOptions } from './visible-annotations-where';

/**
 * `joins` (the annotation's article `ar` and the actor's submission on it) to follow
 * `FROM "Annotation" c`, and `condition` for the WHERE clause; their parameters are `values`,
 * numbered from `$first`.
 */
export function visibleAnnotationsSql(actor: Actor, options: VisibleAnnotationsOptions, first: number): { joins: string; condition: string; values: unknown[] } {
  const ruleOf = (role: Actor['role']) => [visibleAnnotationAuthor({ ...actor, role }, false), visibleAnnotationAuthor({ ...actor, role }, true)];
  const projectRules = actor.projects === null ? {} : Object.fromEntries([...actor.projects].map(([projectId, role]) => [projectId, ruleOf(role)]));
  const everyProjectRule = actor.projects === null ? ruleOf(actor.role) : null;
  const [actorId, rules, everyProject, withOwnDeleted] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`);
  const authors = `COALESCE(${rules}::jsonb -> ar."projectId"::text, ${everyProject}::jsonb)`;
  return {
    joins: `JOIN "Article" ar ON ar.id = c."articleId"
      LEFT JOIN "ReviewSubmission" own_submission ON own_submission."articleId" = ar.id AND own_submission."reviewerId" = ${actorId}::uuid`,
    condition: `(c."deletedAt" IS NULL OR (${withOwnDeleted}::boolean AND c."authorId" = ${actorId}::uuid))
      AND ${authors} IS NOT NULL
      AND COALESCE(c."authorId"::text = (${authors} ->> (CASE WHEN own_submission.id IS NULL THEN 0 ELSE 1 END)), true)`,
    values: [actor.id, JSON.stringify(projectRules), everyProjectRule === null ? null : JSON.stringify(everyProjectRule), options.includeOwnDeleted === true],
  };
}
