import 'server-only';
// Blind review of the discussion as SQL, for the list sent to the pool directly (issue 16): the
// same rule as visibleCommentsWhere, over a comment `c` and its article `ar`. For each of the
// actor's projects (every project, for an actor not narrowed to projects: an admin's), the guard's
// own seesDiscussion decides: the desk reads every live comment, a reviewer those on articles they
// have submitted their review of, anyone else none; in a project not the actor's, nothing. The
// integration test (comments.test.ts) holds it equal to visibleCommentsWhere for every demo account,
// narrowed to the project or not, submitted or not, and for outsiders.
import type { Actor } from '../../actor';
import { seesDiscussion } from '../../guards';

type Rule = 'all' | 'submitted' | 'none';

function ruleOf(actor: Actor, role: Actor['role']): Rule {
  if (seesDiscussion({ ...actor, role }, false)) return 'all';
  return seesDiscussion({ ...actor, role }, true) ? 'submitted' : 'none';
}

/** A condition on `c` ("Comment") and `ar` (its "Article", joined), with its parameters from `$<first>` on. */
export function visibleCommentsSql(actor: Actor, first: number): { condition: string; values: unknown[] } {
  const projectRules = actor.projects === null ? {} : Object.fromEntries([...actor.projects].map(([projectId, role]) => [projectId, ruleOf(actor, role)]));
  const everyProject = actor.projects === null ? ruleOf(actor, actor.role) : null;
  const [actorId, rules, every] = [first, first + 1, first + 2].map((n) => `$${n}`);
  return {
    condition: `c."deletedAt" IS NULL
      AND CASE COALESCE(${rules}::jsonb ->> ar."projectId"::text, ${every}::text)
        WHEN 'all' THEN true
        WHEN 'submitted' THEN EXISTS (SELECT 1 FROM "ReviewSubmission" s WHERE s."articleId" = c."articleId" AND s."reviewerId" = ${actorId}::uuid)
        ELSE false
      END`,
    values: [actor.id, JSON.stringify(projectRules), everyProject],
  };
}
