import 'server-only';
import { AppError } from '../../../errors';
import { type SentIdentity, identityOnReplace } from '../../../exports/web-annotation-identity';
import type { TUpdateAnnotation } from '../../../validation/annotations';
import type { AnnotationView } from '../../../views/annotation-views';
import type { Authorized } from '../../guards';
import { db } from '../../db/client';
import { annotationSelect, historySnapshot, toAnnotationView } from './annotation-record';
import { assertCurrentVersion, loadAnnotationForChange } from './load-annotation';

/**
 * Changes the label or content of the actor's own annotation, if nobody changed
 * it since `version`. The article's activity time is not touched: a draft is
 * nobody else's business (blind review).
 * `identity` is the canonical and via a Web Annotation client sent with a PUT: set where there
 * were none, refused (409) where they would change (identityOnReplace).
 */
export async function updateAnnotation(actor: Authorized<'annotations:write'>, annotationId: string, change: TUpdateAnnotation, identity?: SentIdentity): Promise<AnnotationView> {
  const { version, ...fields } = change;
  const row = await db().$transaction(async (tx) => {
    const { before } = await loadAnnotationForChange(tx, actor, annotationId);
    if (before.deletedAt) throw new AppError('conflict', 'This annotation was deleted. Restore it before editing.');
    assertCurrentVersion(before, version);
    const kept = identity ? identityOnReplace(before, identity) : null;
    if (kept && !kept.ok) throw new AppError('conflict', kept.message);
    const after = await tx.annotation.update({ where: { id: annotationId }, data: { ...fields, ...(kept?.identity ?? {}), version: { increment: 1 } }, select: annotationSelect });
    await tx.annotationEvent.create({ data: { annotationId, actorId: actor.id, action: 'update', before: historySnapshot(before), after: historySnapshot(after) } });
    return after;
  });
  return toAnnotationView(row, actor);
}
