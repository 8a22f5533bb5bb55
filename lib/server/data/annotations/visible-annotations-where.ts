import 'server-only';
// Blind review as a query condition (Documenso's getDocumentWhereInput): every
// list and load of annotations puts this in its `where`, so what the actor may
// not see is never read, and an id they may not see is indistinguishable from
// one that does not exist — same answer, same queries, no lock taken first.
// Projects are part of it: another project's annotations are never visible,
// and the blind rule follows the actor's role in each project. The reads that
// go to the pool directly (listing an article's annotations, loading one by id)
// state the same rule in SQL (visible-annotations-sql.ts); an integration test
// holds the two equal.
import type { Actor } from '../../actor';
import type { Prisma } from '../../db/client';
import { visibleAnnotationAuthor } from '../../guards';

export type VisibleAnnotationsOptions = {
  /** Deleted annotations only ever come back to their own author (for undo and the protocol's 410). */
  includeOwnDeleted?: boolean;
};

/**
 * The annotations the actor may see: in a project where the actor is of the
 * desk, all of them; where a reviewer, their own, plus everyone's on the
 * articles whose review they have submitted (the rule of
 * `visibleAnnotationAuthor` in the guard, applied per article); in projects
 * not theirs, none.
 */
export function visibleAnnotationsWhere(actor: Actor, options: VisibleAnnotationsOptions = {}): Prisma.AnnotationWhereInput {
  const live: Prisma.AnnotationWhereInput = options.includeOwnDeleted ? { OR: [{ deletedAt: null }, { authorId: actor.id }] } : { deletedAt: null };
  const submitted: Prisma.AnnotationWhereInput = { article: { submissions: { some: { reviewerId: actor.id } } } };
  const blindly = (role: Actor['role']): Prisma.AnnotationWhereInput | null => {
    const blind = visibleAnnotationAuthor({ ...actor, role }, false);
    if (blind === null) return null;
    return visibleAnnotationAuthor({ ...actor, role }, true) === null ? { OR: [{ authorId: blind }, submitted] } : { authorId: blind };
  };
  if (actor.projects === null) {
    const seen = blindly(actor.role);
    return seen ? { AND: [live, seen] } : live;
  }
  const desk: string[] = [];
  const reviewing: string[] = [];
  for (const [projectId, role] of actor.projects) (blindly(role) === null ? desk : reviewing).push(projectId);
  const reviewerSees = blindly('reviewer');
  const seen: Prisma.AnnotationWhereInput[] = [];
  if (desk.length > 0) seen.push({ article: { projectId: { in: desk } } });
  if (reviewing.length > 0 && reviewerSees) seen.push({ AND: [{ article: { projectId: { in: reviewing } } }, reviewerSees] });
  return { AND: [live, seen.length > 0 ? { OR: seen } : { id: { in: [] } }] };
}
