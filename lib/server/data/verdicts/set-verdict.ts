import 'server-only';
import { AppError } from '../../../errors';
import type { TSetVerdict } from '../../../validation/verdicts';
import type { VerdictView } from '../../../views/consensus-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { assertNotPublished } from '../annotations/annotation-freeze';
import { lockArticle } from '../articles/lock-article';
import { consensusOf, loadConsensusData, verdictSelect } from '../consensus/load-consensus-data';
import { toVerdictView, verdictSnapshot } from './verdict-record';

/**
 * An editor's ruling on one passage of the article's current consensus: the
 * passage is looked up in consensus recomputed inside the transaction (so a
 * passage that changed since the page loaded is refused, not guessed), a
 * verdict that exists is only changed from the version the editor saw, and
 * every change leaves a history entry.
 */
export async function setVerdict(actor: Authorized<'verdicts:write'>, articleId: string, passageId: string, input: TSetVerdict): Promise<VerdictView> {
  return db().$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId, 'write');
    assertNotPublished(article, 'verdicts');
    // The article's project's scale (the lock keeps the article in its project).
    const rating = await tx.projectRatingOption.findFirst({ where: { key: input.rating, project: { articles: { some: { id: article.id } } } } });
    if (!rating) throw new AppError('bad_request', `Unknown rating "${input.rating}". Choose one of the project's rating scale.`, { fields: [{ path: 'rating', message: 'Unknown rating' }] });

    const data = await loadConsensusData(tx, article);
    const passage = consensusOf(data).passages.find((candidate) => candidate.id === passageId);
    if (!passage) throw new AppError('not_found', 'No such passage in the current consensus. The reviewers’ annotations may have changed: reload the consensus view.');
    if (input.acceptConsensus && passage.label === null) {
      throw new AppError('bad_request', 'The reviewers’ votes on this passage tie, so there is no majority label to accept. Set a verdict of your own.', { fields: [{ path: 'label', message: 'No majority to accept' }] });
    }
    if (input.acceptConsensus && input.label !== passage.label) {
      throw new AppError('bad_request', `Accepting the consensus keeps its label (${passage.label}).`, { fields: [{ path: 'label', message: 'Does not match the consensus' }] });
    }

    const existing = passage.verdictId ? data.verdicts.find((verdict) => verdict.id === passage.verdictId) : undefined;
    if (existing && input.version !== existing.version) {
      throw new AppError('conflict', `${existing.editor.name} changed this verdict since you opened it (now version ${existing.version}). Reload to see it before saving yours.`);
    }
    const content = {
      passageKey: passage.id,
      start: passage.start,
      end: passage.end,
      exact: passage.exact,
      revision: article.revision,
      label: input.label,
      rating: rating.key,
      ratingName: rating.name,
      ratingValue: rating.value,
      explanation: input.explanation,
      claimant: input.claimant || null,
      appearanceUrl: input.appearanceUrl ?? null,
      claimDate: input.claimDate ? new Date(`${input.claimDate}T00:00:00Z`) : null,
      acceptedConsensus: input.acceptConsensus,
      editorId: actor.id,
    };
    const saved = existing
      ? await tx.verdict.update({ where: { id: existing.id }, data: { ...content, version: { increment: 1 } }, select: { ...verdictSelect, editorId: true } })
      : await tx.verdict.create({ data: { ...content, articleId: article.id }, select: { ...verdictSelect, editorId: true } });
    await tx.verdictEvent.create({
      data: {
        verdictId: saved.id,
        actorId: actor.id,
        action: existing ? 'update' : 'create',
        before: existing ? verdictSnapshot({ ...existing, editorId: existing.editor.id }) : undefined,
        after: verdictSnapshot(saved),
      },
    });
    await tx.article.update({ where: { id: article.id }, data: { lastActivityAt: new Date(), ...(article.status === 'open' ? { status: 'in_review' } : {}) } });
    return toVerdictView(saved);
  });
}
