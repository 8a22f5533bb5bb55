import 'server-only';
import { AppError } from '../../../errors';
import type { AnnotationView } from '../../../views/annotation-views';
import type { Authorized } from '../../guards';
import { db } from '../../db/client';
import { annotationSelect, historySnapshot, toAnnotationView } from './annotation-record';
import { assertCurrentVersion, loadAnnotationForChange } from './load-annotation';

/** Soft delete (deleted = true) or restore (false) of the actor's own annotation; both are recorded. */
export async function setAnnotationDeleted(actor: Authorized<'annotations:write'>, annotationId: string, deleted: boolean, version?: number): Promise<AnnotationView> {
  const row = await db().$transaction(async (tx) => {
    const { before } = await loadAnnotationForChange(tx, actor, annotationId);
    assertCurrentVersion(before, version);
    if (Boolean(before.deletedAt) === deleted) throw new AppError('conflict', deleted ? 'This annotation is already deleted.' : 'This annotation is not deleted.');
    const after = await tx.annotation.update({
      where: { id: annotationId },
      data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } },
      select: annotationSelect,
    });
    await tx.annotationEvent.create({
      data: { annotationId, actorId: actor.id, action: deleted ? 'delete' : 'restore', before: historySnapshot(before), after: historySnapshot(after) },
    });
    return after;
  });
  return toAnnotationView(row, actor);
}
