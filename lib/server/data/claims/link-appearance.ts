import 'server-only';
import { describeSpan, validateSpan } from '../../../anchoring/selectors';
import type { ClaimAppearanceView } from '../../../views/claim-views';
import { AppError } from '../../../errors';
import type { TLinkAppearance } from '../../../validation/claims';
import { isUuid } from '../../../validation/uuid';
import { db, Prisma } from '../../db/client';
import type { Authorized } from '../../guards';
import { lockArticle } from '../articles/lock-article';
import { appearanceSelect, toAppearanceView } from './claim-select';

/**
 * Links a passage of an article's current text to a claim. The span is checked
 * against the text as it stands under a share lock (a revision cannot slip in
 * between); the quote and its context are stored so the appearance can be read
 * against the revision it was made on. Linking the same passage twice is a 409.
 */
export async function linkAppearance(actor: Authorized<'claims:write'>, claimId: string, input: TLinkAppearance): Promise<ClaimAppearanceView> {
  if (!isUuid(claimId)) throw new AppError('not_found', 'No claim with that id.');
  try {
    return await db().$transaction(async (tx) => {
      const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
      if (!claim) throw new AppError('not_found', 'No claim with that id.');
      const article = await lockArticle(tx, input.articleId, 'share');
      const validation = validateSpan(article.text, { ...input, exact: article.text.slice(input.start, input.end) });
      if (!validation.ok) throw new AppError('bad_request', validation.message, { fields: [{ path: 'start', message: validation.reason }] });
      const { quote } = describeSpan(article.text, input.start, input.end);
      const row = await tx.claimAppearance.create({
        data: { claimId, articleId: article.id, start: input.start, end: input.end, ...quote, revision: article.revision, createdById: actor.id },
        select: appearanceSelect,
      });
      return toAppearanceView(row);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'This passage is already an appearance of the claim.');
    }
    throw error;
  }
}
