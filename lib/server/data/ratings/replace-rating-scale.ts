import 'server-only';
// Rating scales: the desk's default, which admins set and every new project
// starts with a copy of, and each project's own, which its editors set and its
// verdicts are given on. Verdicts copy the name and value of their rating when
// made, so changing a scale never rewrites past verdicts; a rating still used
// by a verdict of one of the project's unpublished articles cannot be removed.
import { AppError } from '../../../errors';
import type { TRatingScale } from '../../../validation/verdicts';
import type { RatingOption } from '../../../views/consensus-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { listProjectRatingOptions, listRatingOptions } from './list-rating-options';

/** The desk's default scale. Projects made before keep theirs. */
export async function replaceRatingScale(_actor: Authorized<'ratings:manage'>, input: TRatingScale): Promise<RatingOption[]> {
  return db().$transaction(async (tx) => {
    await tx.ratingOption.deleteMany({ where: { key: { notIn: input.options.map((option) => option.key) } } });
    for (const [position, option] of input.options.entries()) {
      await tx.ratingOption.upsert({ where: { key: option.key }, create: { ...option, position: position + 1 }, update: { name: option.name, value: option.value, position: position + 1 } });
    }
    return listRatingOptions(tx);
  });
}

/** A project's own scale; the actor is narrowed to the project. */
export async function replaceProjectRatingScale(_actor: Authorized<'projects:manage'>, projectId: string, input: TRatingScale): Promise<RatingOption[]> {
  return db().$transaction(async (tx) => {
    // The project row lock orders two editors saving at once.
    await tx.$queryRaw`SELECT 1 FROM "Project" WHERE id = ${projectId}::uuid FOR UPDATE`;
    const keys = input.options.map((option) => option.key);
    const inUse = await tx.verdict.findMany({ where: { rating: { notIn: keys }, article: { projectId, status: { not: 'published' } } }, distinct: ['rating'], select: { rating: true } });
    if (inUse.length > 0) {
      throw new AppError('conflict', `Ratings still used by verdicts on unpublished articles cannot be removed: ${inUse.map((row) => row.rating).join(', ')}.`);
    }
    await tx.projectRatingOption.deleteMany({ where: { projectId, key: { notIn: keys } } });
    for (const [position, option] of input.options.entries()) {
      await tx.projectRatingOption.upsert({
        where: { projectId_key: { projectId, key: option.key } },
        create: { ...option, projectId, position: position + 1 },
        update: { name: option.name, value: option.value, position: position + 1 },
      });
    }
    return listProjectRatingOptions(tx, projectId);
  });
}
