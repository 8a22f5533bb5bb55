import 'server-only';
// Blind review as a query condition (Documenso's getDocumentWhereInput): every
// list and load of annotations puts this in its `where`, so what the actor may
// not see is never read, and an id they may not see is indistinguishable from
// one that does not exist — same answer, same queries, no lock taken first.
import type { Actor } from '../../actor';
import type { Prisma } from '../../db/client';
import { visibleAnnotationAuthor } from '../../guards';

export type VisibleAnnotationsOptions = {
  /** Deleted annotations only ever come back to their own author (for undo and the protocol's 410). */
  includeOwnDeleted?: boolean;
};

/**
 * The annotations the actor may see: all of them for the desk; for a reviewer,
 * their own, plus everyone's on the articles whose review they have submitted
 * (the same rule as `visibleAnnotationAuthor` in the guard, applied per article).
 */
export function visibleAnnotationsWhere(actor: Actor, options: VisibleAnnotationsOptions = {}): Prisma.AnnotationWhereInput {
  const blind = visibleAnnotationAuthor(actor, false);
  const afterSubmitting = visibleAnnotationAuthor(actor, true);
  const live: Prisma.AnnotationWhereInput = options.includeOwnDeleted ? { OR: [{ deletedAt: null }, { authorId: actor.id }] } : { deletedAt: null };
  if (blind === null) return live;
  const submitted: Prisma.AnnotationWhereInput = { article: { submissions: { some: { reviewerId: actor.id } } } };
  const seen: Prisma.AnnotationWhereInput = afterSubmitting === null ? { OR: [{ authorId: blind }, submitted] } : { authorId: blind };
  return { AND: [live, seen] };
}
