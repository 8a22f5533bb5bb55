import 'server-only';
import type { RatingOption } from '../../../views/consensus-views';
import { db } from '../../db/client';
import { listRatingOptions } from '../ratings/list-rating-options';

/** The scale claim verdicts are given on: the desk's default (a claim is no one project's). */
export async function listRatingScale(): Promise<RatingOption[]> {
  return listRatingOptions(db());
}
