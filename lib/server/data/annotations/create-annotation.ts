import 'server-only';
import { describeSpan, validateSpan } from '../../../anchoring/selectors';
import { AppError } from '../../../errors';
import { NO_IDENTITY } from '../../../exports/web-annotation-identity';
import type { TCreateAnnotation } from '../../../validation/annotations';
import type { AnnotationIdentity, AnnotationView } from '../../../views/annotation-views';
import { type Prisma, db } from '../../db/client';
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
    const values = {
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
    };
    // The history entry goes in the same Prisma call (a nested create) rather than a second one: every
    // field it records is known before the insert (the rest are the schema's defaults: anchored,
    // version 1, not deleted), and each Prisma call costs more CPU than its statement (issue 16).
    const after = historySnapshot({ ...values, evidence: input.evidence as Prisma.JsonArray, anchorState: 'anchored', version: 1, deletedAt: null });
    const created = await tx.annotation.create({
      data: { articleId, authorId: actor.id, ...values, events: { create: { actorId: actor.id, action: 'create', after } } },
      select: annotationSelect,
    });
    return created;
  });
  return toAnnotationView(row, actor);
}
