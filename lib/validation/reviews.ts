// Input schemas for submitting and reopening a reviewer's review of an article.
import { z } from 'zod';

export const MAX_REOPEN_REASON_CHARS = 2_000;

/**
 * `empty: true` says the reviewer found nothing to label: without it, a
 * submission with no live annotation is refused (empty_review), so a
 * mis-click cannot turn "not started" into a final "nothing here".
 */
export const ZSubmitReview = z.object({ empty: z.boolean({ error: 'empty must be true or false' }).optional().default(false) }).strict();

export type TSubmitReview = z.infer<typeof ZSubmitReview>;

export const ZReopenReview = z
  .object({
    reason: z
      .string({ error: 'Say why the review is reopened (reason)' })
      .trim()
      .min(1, 'Say why the review is reopened (reason)')
      .max(MAX_REOPEN_REASON_CHARS, `The reason is too long (at most ${MAX_REOPEN_REASON_CHARS.toLocaleString('en')} characters)`),
  })
  .strict();

export type TReopenReview = z.infer<typeof ZReopenReview>;
