import 'server-only';
import { AppError } from '../../../errors';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { recordDeskEvent } from '../notifications/record-desk-event';
import { deleteReliabilitySnapshot } from '../sources/article-reliability';
import { lockArticle } from './lock-article';
import type { PublicationResult } from './publish-article';

/** Takes a published article back into review (recorded, with the reason); its verdicts stay and can be changed again. */
export async function reopenArticle(actor: Authorized<'articles:publish'>, articleId: string, reason: string): Promise<PublicationResult> {
  return db().$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId, 'write');
    if (article.status !== 'published') throw new AppError('conflict', 'Only a published article can be reopened.');
    const now = new Date();
    await tx.publicationEvent.create({ data: { articleId: article.id, actorId: actor.id, action: 'reopen', reason, createdAt: now } });
    const saved = await tx.article.update({ where: { id: article.id }, data: { status: 'in_review', lastActivityAt: now }, select: { id: true, status: true, verdictsPublishedAt: true } });
    // Back in review, its figures may change: the source's profile stops counting it until it is published again.
    await deleteReliabilitySnapshot(tx, article.id);
    await recordDeskEvent(tx, actor, article.id, { type: 'article.reopened', reason }, now);
    return { article: { ...saved, verdictsPublishedAt: saved.verdictsPublishedAt?.toISOString() ?? null } };
  });
}
