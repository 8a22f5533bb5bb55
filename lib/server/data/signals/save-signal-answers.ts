import 'server-only';
import { AppError } from '../../../errors';
import type { TSignalAnswers } from '../../../validation/signals';
import type { SignalAnswers } from '../../../views/signal-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { lockArticleForAnnotationWrite } from '../annotations/annotation-freeze';
import { loadSignals } from './signal-record';

/**
 * Stores the actor's answers to the article's signals (null clears one) and
 * returns all of their answers on it. Every key must be an active signal and
 * every value one of its options, else 400 and nothing is written. Answers are
 * part of the review, so they follow the annotations' freeze rules in the same
 * place and under the same article lock (annotation-freeze.ts: published 409,
 * submitted review 409 review_submitted, assigned-only 403). Like drafts, they
 * touch neither Article.lastActivityAt nor anything else others can see.
 */
export async function saveSignalAnswers(actor: Authorized<'annotations:write'>, articleId: string, input: TSignalAnswers): Promise<SignalAnswers> {
  return db().$transaction(async (tx) => {
    const signals = new Map((await loadSignals(tx, { activeOnly: true })).map((signal) => [signal.key, signal]));
    for (const [key, value] of Object.entries(input.answers)) {
      const signal = signals.get(key);
      if (!signal) throw new AppError('bad_request', `answers.${key}: no active signal has that key`, { fields: [{ path: `answers.${key}`, message: 'Unknown signal' }] });
      if (value !== null && !signal.options.some((option) => option.value === value)) {
        const allowed = signal.options.map((option) => option.value).join(', ');
        throw new AppError('bad_request', `answers.${key}: "${value}" is not one of ${allowed}`, { fields: [{ path: `answers.${key}`, message: `One of ${allowed}` }] });
      }
    }
    const article = await lockArticleForAnnotationWrite(tx, actor, articleId);
    for (const [signalKey, value] of Object.entries(input.answers)) {
      const where = { articleId_reviewerId_signalKey: { articleId: article.id, reviewerId: actor.id, signalKey } };
      if (value === null) await tx.signalAnswer.deleteMany({ where: { articleId: article.id, reviewerId: actor.id, signalKey } });
      else await tx.signalAnswer.upsert({ where, create: { articleId: article.id, reviewerId: actor.id, signalKey, value }, update: { value } });
    }
    const rows = await tx.signalAnswer.findMany({ where: { articleId: article.id, reviewerId: actor.id }, select: { signalKey: true, value: true } });
    return Object.fromEntries(rows.map((row) => [row.signalKey, row.value]));
  });
}
