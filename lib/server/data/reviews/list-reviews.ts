import 'server-only';
import type { ReviewView } from '../../../views/review-views';
import { AppError } from '../../../errors';
import { isUuid } from '../../../validation/uuid';
import { sqlPool } from '../../db/client';
import type { Authorized } from '../../guards';
import { readReviews } from './read-reviews';

/**
 * The desk's view of who reviewed the article: each reviewer with annotations,
 * a submission or a review event on it, their status and the history of their
 * review with reasons. It shows every reviewer's progress, so it needs the
 * consensus permission (never a reviewer's: blind review).
 */
export async function listReviews(actor: Authorized<'consensus:read'>, articleId: string): Promise<ReviewView[]> {
  // Whether the article exists is the article guard's answer (requireArticleActor and its page
  // form, through which both callers come: the consensus page and GET /api/articles/:id/reviews),
  // so it is not read again here (issue 16: the page, its live refresh and the desk's live panel ask it).
  if (!isUuid(articleId)) throw new AppError('not_found', 'No article with that id.');
  return readReviews(sqlPool(), articleId);
}
