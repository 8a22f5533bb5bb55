import 'server-only';
import { describeSpan, validateSpan } from '../../../anchoring/selectors';
import { AppError } from '../../../errors';
import type { TReattachAnnotation } from '../../../validation/annotations';
import type { AnnotationView } from '../../../views/annotation-views';
import type { Authorized } from '../../guards';
import { db } from '../../db/client';
import { annotationSelect, historySnapshot, toAnnotationView } from './annotation-record';
import { assertCurrentVersion, loadAnnotationForChange } from './load-annotation';

/** Attaches an annotation (typically an orphaned one) to a passage the author selected in the current text. */
export async function reattachAnnotation(actor: Authorized<'annotations:write'>, annotationId: string, input: TReattachAnnotation): Promise<AnnotationView> {
  const row = await db().$transaction(async (tx) => {
    const { before, article } = await loadAnnotationForChange(tx, actor, annotationId);
    assertCurrentVersion(before, input.version);
    if (before.deletedAt) throw new AppError('conflict', 'This annotation was deleted. Restore it before re-attaching.');
    const check = validateSpan(article.text, input);
    if (!check.ok) throw new AppError('bad_request', check.message, { reason: check.reason });
    const { quote } = describeSpan(article.text, input.start, input.end);
    const after = await tx.annotation.update({
      where: { id: annotationId },
      data: { start: input.start, end: input.end, ...quote, revision: article.revision, anchorState: 'anchored', version: { increment: 1 } },
      select: annotationSelect,
    });
    await tx.annotationEvent.create({ data: { annotationId, actorId: actor.id, action: 'reattach', before: historySnapshot(before), after: historySnapshot(after) } });
    return after;
  });
  return toAnnotationView(row, actor);
}
