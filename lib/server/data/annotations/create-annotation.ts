import 'server-only';
import { randomUUID } from 'node:crypto';
import { describeSpan, validateSpan } from '../../../anchoring/selectors';
import { AppError } from '../../../errors';
import { NO_IDENTITY } from '../../../exports/web-annotation-identity';
import type { TCreateAnnotation } from '../../../validation/annotations';
import { isUuid } from '../../../validation/uuid';
import type { AnnotationIdentity, AnnotationView } from '../../../views/annotation-views';
import type { Prisma } from '../../db/client';
import { runSql, withSqlTransaction } from '../../db/sql-transaction';
import type { Authorized } from '../../guards';
import { type AnnotationSqlRow, INSERT_ANNOTATION, fromSqlRow, historySnapshot, toAnnotationView } from './annotation-record';
import { annotationWriteLockSql, annotationWriteLocked } from './annotation-freeze';

/**
 * Stores the actor's annotation on the article's current revision. The span
 * must be exactly the quoted words; context is recomputed from the stored text.
 * The row and its history entry are written together or not at all. Refused
 * once the actor's review is submitted or the article published; the article's
 * activity time is not touched (a draft is nobody else's business).
 * `identity` is what a Web Annotation client gave it (identityOnCreate).
 */
export async function createAnnotation(actor: Authorized<'annotations:write'>, articleId: string, input: TCreateAnnotation, identity: AnnotationIdentity = NO_IDENTITY): Promise<AnnotationView> {
  // On a pool connection in plain SQL rather than a Prisma interactive transaction: every reviewer
  // saves dozens of these a review, and Prisma's transaction and row mapping cost more CPU than its
  // three statements (the lock, the freeze check, the insert; issue 16). The lock and the freeze
  // rules are the same code as every other write's; the two statements go with BEGIN, in one round
  // trip, so the transaction makes three (that one, the insert, COMMIT) when the text is cached.
  if (!isUuid(articleId)) throw new AppError('not_found', 'No article with that id.');
  const row = await withSqlTransaction(async (tx, opened) => {
    const article = await annotationWriteLocked(tx, actor, opened);
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
    // The history entry is inserted by the same statement: every field it records is known before
    // the insert (the rest are the schema's defaults: anchored, version 1, not deleted).
    const after = historySnapshot({ ...values, evidence: input.evidence as Prisma.JsonArray, anchorState: 'anchored', version: 1, deletedAt: null });
    const [created] = await runSql<AnnotationSqlRow>(tx, INSERT_ANNOTATION, [
      randomUUID(),
      articleId,
      actor.id,
      values.label,
      values.start,
      values.end,
      values.exact,
      values.prefix,
      values.suffix,
      values.revision,
      values.rationale,
      JSON.stringify(values.evidence),
      values.confidence,
      values.canonical,
      values.via,
      JSON.stringify(after),
    ]);
    if (!created) throw new Error('the annotation insert returned no row');
    return fromSqlRow(created);
  }, annotationWriteLockSql(actor, articleId));
  return toAnnotationView(row, actor);
}
