import 'server-only';
import type { ReviewView } from '../../../views/review-views';
import { sqlPool } from '../../db/client';
import type { Authorized } from '../../guards';
import { requireArticle } from '../articles/require-article';
import { readReviews } from './read-reviews';

/**
 * The desk's view of who reviewed the article: each reviewer with annotations,
 * a submission or a review event on it, their status and the history of their
 * review with reasons. It shows every reviewer's progress, so it needs the
 * consensus permission (never a reviewer's: blind review).
 */
export async function listReviews(actor: Authorized<'consensus:read'>, articleId: string): Promise<ReviewView[]> {
  const { id } = await requireArticle(articleId);
  return readReviews(sqlPool(), id);
}
