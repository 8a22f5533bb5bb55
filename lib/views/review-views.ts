// The shapes a reviewer's review of an article leaves the data layer in.
export const REVIEW_STATUSES = ['drafting', 'submitted', 'reopened'] as const;

/** drafting: never submitted; submitted: final; reopened: an editor reopened it and it is not submitted again yet. */
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type ReviewEventView = { action: 'submit' | 'reopen'; actor: { id: string; name: string }; reason: string; at: string };

export type ReviewView = {
  reviewer: { id: string; name: string };
  status: ReviewStatus;
  submittedAt: string | null;
  /** Their live annotations on the article (deleted ones not counted). */
  annotations: number;
  /** Oldest first. */
  history: ReviewEventView[];
};
