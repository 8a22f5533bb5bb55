import 'server-only';
// Blind review of the discussion as a query condition, the way
// visibleAnnotationsWhere does it for annotations: every read of comments puts
// this in its `where`, so a comment the actor may not read is never loaded and
// its id answers exactly as an absent one. In a project where the actor is of
// the desk: every comment; where a reviewer: the comments on the articles whose
// review they have submitted (seesDiscussion); in projects not theirs: none.
import type { Actor } from '../../actor';
import type { Prisma } from '../../db/client';
import { seesDiscussion } from '../../guards';

export function visibleCommentsWhere(actor: Actor): Prisma.CommentWhereInput {
  const live: Prisma.CommentWhereInput = { deletedAt: null };
  const submitted: Prisma.CommentWhereInput = { article: { submissions: { some: { reviewerId: actor.id } } } };
  const seen = (role: Actor['role']): Prisma.CommentWhereInput | null => {
    if (seesDiscussion({ ...actor, role }, false)) return null;
    return seesDiscussion({ ...actor, role }, true) ? submitted : { id: { in: [] } };
  };
  if (actor.projects === null) {
    const condition = seen(actor.role);
    return condition ? { AND: [live, condition] } : live;
  }
  const desk: string[] = [];
  const reviewing: string[] = [];
  for (const [projectId, role] of actor.projects) (seen(role) === null ? desk : reviewing).push(projectId);
  const either: Prisma.CommentWhereInput[] = [];
  if (desk.length > 0) either.push({ article: { projectId: { in: desk } } });
  if (reviewing.length > 0) either.push({ AND: [{ article: { projectId: { in: reviewing } } }, seen('reviewer') ?? {}] });
  return { AND: [live, either.length > 0 ? { OR: either } : { id: { in: [] } }] };
}
