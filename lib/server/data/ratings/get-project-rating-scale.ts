import 'server-only';
import type { RatingOption } from '../../../views/consensus-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { listProjectRatingOptions } from './list-rating-options';

/** A project's own rating scale, for its desk adjudicating; the actor is narrowed to the project. */
export async function getProjectRatingScale(_actor: Authorized<'consensus:read'>, projectId: string): Promise<RatingOption[]> {
  return listProjectRatingOptions(db(), projectId);
}
