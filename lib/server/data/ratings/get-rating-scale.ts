import 'server-only';
import type { RatingOption } from '../../../views/consensus-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { listRatingOptions } from './list-rating-options';

/** The rating scale, for the desk adjudicating (and the admin editing it). */
export async function getRatingScale(_actor: Authorized<'consensus:read'>): Promise<RatingOption[]> {
  return listRatingOptions(db());
}
