// The shapes a reviewer's review of an article leaves the data layer in.
import type { ReviewAction, ReviewStatus } from '../vocabulary';

export type { ReviewStatus };

export type ReviewEventView = { action: ReviewAction; actor: { id: string; name: string }; reason: string; at: string };

export type ReviewView = {
  reviewer: { id: string; name: string };
  status: ReviewStatus;
  submittedAt: string | null;
  /** Their live annotations on the article (deleted ones not counted). */
  annotations: number;
  /** Oldest first. */
  history: ReviewEventView[];
};
