import 'server-only';
import { countUnadjudicatedDisputes } from '../../../consensus/unadjudicated-disputes';
import { AppError } from '../../../errors';
import type { ArticleStatus } from '../../../views/article-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { consensusOf, loadConsensusData } from '../consensus/load-consensus-data';
import { recordDeskEvent } from '../notifications/record-desk-event';
import { writeReliabilitySnapshot } from '../sources/article-reliability';
import { lockArticle } from './lock-article';

export type PublicationResult = { article: { id: string; status: ArticleStatus; verdictsPublishedAt: string | null } };

/**
 * Publishes the article's verdicts: only once at least one review is in and
 * every disputed passage of the current consensus has a verdict. Recorded with
 * who and when.
 */
export async function publishArticle(actor: Authorized<'articles:publish'>, articleId: string): Promise<PublicationResult> {
  return db().$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId, 'write');
    if (article.status === 'published') throw new AppError('conflict', 'This article is already published.');
    const data = await loadConsensusData(tx, article);
    if (data.reviewers.length === 0) throw new AppError('conflict', 'Nothing to publish yet: no reviewer has submitted a review of this article.');
    const consensus = consensusOf(data);
    const open = countUnadjudicatedDisputes(consensus);
    if (open > 0) throw new AppError('conflict', `${open} disputed passage${open === 1 ? ' has' : 's have'} no verdict yet. Adjudicate ${open === 1 ? 'it' : 'them'} before publishing.`, { unadjudicatedDisputes: open });
    const now = new Date();
    await tx.publicationEvent.create({ data: { articleId: article.id, actorId: actor.id, action: 'publish', createdAt: now } });
    const saved = await tx.article.update({
      where: { id: article.id },
      data: { status: 'published', verdictsPublishedAt: now, verdictsPublishedById: actor.id, lastActivityAt: now },
      select: { id: true, status: true, verdictsPublishedAt: true },
    });
    // What the source's reliability profile counts for this article, as published.
    await writeReliabilitySnapshot(tx, article.id, consensus);
    await recordDeskEvent(tx, actor, article.id, { type: 'article.published' }, now);
    return { article: { ...saved, verdictsPublishedAt: saved.verdictsPublishedAt?.toISOString() ?? null } };
  });
}
