import 'server-only';
import type { RatingOption } from '../../../views/consensus-views';
import type { Actor } from '../../actor';
import { db } from '../../db/client';
import { authorize } from '../../guards';
import { listRatingOptions } from './list-rating-options';

/** The rating scale, for the desk adjudicating (and the admin editing it). */
export async function getRatingScale(actor: Actor): Promise<RatingOption[]> {
  authorize(actor, 'consensus:read');
  return listRatingOptions(db());
}
