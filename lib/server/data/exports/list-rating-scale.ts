import 'server-only';
import type { RatingOption } from '../../../views/consensus-views';
import type { Actor } from '../../actor';
import { db } from '../../db/client';
import { authorize } from '../../guards';
import { listRatingOptions } from '../ratings/list-rating-options';

/** The rating scale, for exports that state a rating's place on it (ClaimReview best/worst). */
export async function listRatingScale(actor: Actor): Promise<RatingOption[]> {
  authorize(actor, 'exports:read');
  return listRatingOptions(db());
}
