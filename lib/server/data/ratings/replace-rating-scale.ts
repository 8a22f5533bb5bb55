import 'server-only';
// Admins set the newsroom's rating scale. Verdicts copy the name and value of
// their rating when made, so changing the scale never rewrites past verdicts;
// a rating still used by a verdict of an unpublished article cannot be removed.
import { AppError } from '../../../errors';
import type { TRatingScale } from '../../../validation/verdicts';
import type { RatingOption } from '../../../views/consensus-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { listRatingOptions } from './list-rating-options';

export async function replaceRatingScale(actor: Authorized<'ratings:manage'>, input: TRatingScale): Promise<RatingOption[]> {
  return db().$transaction(async (tx) => {
    const keys = input.options.map((option) => option.key);
    const inUse = await tx.verdict.findMany({ where: { rating: { notIn: keys }, article: { status: { not: 'published' } } }, distinct: ['rating'], select: { rating: true } });
    if (inUse.length > 0) {
      throw new AppError('conflict', `Ratings still used by verdicts on unpublished articles cannot be removed: ${inUse.map((row) => row.rating).join(', ')}.`);
    }
    await tx.ratingOption.deleteMany({ where: { key: { notIn: keys } } });
    for (const [position, option] of input.options.entries()) {
      await tx.ratingOption.upsert({ where: { key: option.key }, create: { ...option, position: position + 1 }, update: { name: option.name, value: option.value, position: position + 1 } });
    }
    return listRatingOptions(tx);
  });
}
