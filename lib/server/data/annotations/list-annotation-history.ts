import 'server-only';
import type { AnnotationHistoryEntry } from '../../../views/annotation-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { loadVisibleAnnotation } from './load-annotation';

/** Every recorded change of an annotation the actor may see, oldest first. */
export async function listAnnotationHistory(actor: Authorized<'articles:read'>, annotationId: string): Promise<AnnotationHistoryEntry[]> {
  return db().$transaction(async (tx) => {
    await loadVisibleAnnotation(tx, actor, annotationId);
    const events = await tx.annotationEvent.findMany({
      where: { annotationId },
      orderBy: { id: 'asc' },
      select: { id: true, action: true, before: true, after: true, createdAt: true, actor: { select: { id: true, name: true } } },
    });
    return events.map((event) => ({ ...event, id: event.id.toString(), createdAt: event.createdAt.toISOString() }));
  });
}
