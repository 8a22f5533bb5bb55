// The shapes a reviewer's review of an article leaves the data layer in.
import type { ReviewAction, ReviewStatus } from '../vocabulary';

export type { ReviewStatus };

/** `guidelinesVersion`: for a submission, the project's guidelines it was made under (0: none); null for a reopening. */
export type ReviewEventView = { action: ReviewAction; actor: { id: string; name: string }; reason: string; at: string; guidelinesVersion: number | null };

export type ReviewView = {
  reviewer: { id: string; name: string };
  status: ReviewStatus;
  submittedAt: string | null;
  /** The guidelines version of the current submission; null while not submitted. */
  guidelinesVersion: number | null;
  /** Their live annotations on the article (deleted ones not counted). */
  annotations: number;
  /** Oldest first. */
  history: ReviewEventView[];
};
