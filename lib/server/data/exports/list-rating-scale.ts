import 'server-only';
import type { RatingOption } from '../../../views/consensus-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { listProjectRatingOptions, listRatingOptions } from '../ratings/list-rating-options';

/** A project's rating scale, for exports that state a rating's place on it (ClaimReview best/worst). */
export async function listRatingScale(_actor: Authorized<'exports:read'>, projectId: string): Promise<RatingOption[]> {
  return listProjectRatingOptions(db(), projectId);
}

/** The desk's scale, which claim verdicts are given on (a claim is no one project's). */
export async function listDeskRatingScale(_actor: Authorized<'exports:read'>): Promise<RatingOption[]> {
  return listRatingOptions(db());
}
