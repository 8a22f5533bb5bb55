import 'server-only';
import { describeSpan, validateSpan } from '../../../anchoring/selectors';
import { AppError } from '../../../errors';
import { NO_IDENTITY } from '../../../exports/web-annotation-identity';
import type { TCreateAnnotation } from '../../../validation/annotations';
import type { AnnotationIdentity, AnnotationView } from '../../../views/annotation-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { annotationSelect, historySnapshot, toAnnotationView } from './annotation-record';
import { lockArticleForAnnotationWrite } from './annotation-freeze';

/**
 * Stores the actor's annotation on the article's current revision. The span
 * must be exactly the quoted words; context is recomputed from the stored text.
 * The row and its history entry are written together or not at all. Refused
 * once the actor's review is submitted or the article published; the article's
 * activity time is not touched (a draft is nobody else's business).
 * `identity` is what a Web Annotation client gave it (identityOnCreate).
 */
export async function createAnnotation(actor: Authorized<'annotations:write'>, articleId: string, input: TCreateAnnotation, identity: AnnotationIdentity = NO_IDENTITY): Promise<AnnotationView> {
  const row = await db().$transaction(async (tx) => {
    const article = await lockArticleForAnnotationWrite(tx, actor, articleId);
    if (input.revision !== undefined && input.revision !== article.revision) {
      throw new AppError('conflict', `The article was revised (you selected on revision ${input.revision}, it is now ${article.revision}). Reload it and select the passage again.`, {
        currentRevision: article.revision,
      });
    }
    const check = validateSpan(article.text, input);
    if (!check.ok) throw new AppError('bad_request', check.message, { reason: check.reason });
    const { quote } = describeSpan(article.text, input.start, input.end);
    const created = await tx.annotation.create({
      data: {
        articleId,
        authorId: actor.id,
        label: input.label,
        start: input.start,
        end: input.end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        revision: article.revision,
        rationale: input.rationale,
        evidence: input.evidence,
        confidence: input.confidence,
        canonical: identity.canonical,
        via: identity.via,
      },
      select: annotationSelect,
    });
    await tx.annotationEvent.create({ data: { annotationId: created.id, actorId: actor.id, action: 'create', after: historySnapshot(created) } });
    return created;
  });
  return toAnnotationView(row, actor);
}
