// Input schemas for adjudication and publishing, shared by the consensus view and the API.
import { z } from 'zod';
import { ARTICLE_STATUSES, LABELS, inWords } from '../vocabulary';
import { calendarDay, searchText } from './articles';

export const MAX_EXPLANATION_CHARS = 5_000;

/** Passage ids are `${start}-${end}` (lib/consensus/group-passages). */
export const ZPassageId = z.string().regex(/^\d{1,8}-\d{1,8}$/, 'Unknown passage id');

const httpUrl = z
  .string()
  .trim()
  .max(2048, 'The address is too long (at most 2,048 characters)')
  .url('Give a full http:// or https:// address')
  .refine((url) => /^https?:\/\//i.test(url), 'The address must start with http:// or https://');

export const ZSetVerdict = z
  .object({
    label: z.enum(LABELS, `Label must be ${inWords(LABELS)}`),
    rating: z.string().trim().min(1, 'Choose a rating').max(40),
    explanation: z.string().trim().max(MAX_EXPLANATION_CHARS, `The explanation is too long (at most ${MAX_EXPLANATION_CHARS.toLocaleString('en')} characters)`).default(''),
    claimant: z.string().trim().max(300, 'The claimant is too long (at most 300 characters)').optional(),
    appearanceUrl: httpUrl.optional().or(z.literal('').transform(() => undefined)),
    /** When the claim was made, if known (YYYY-MM-DD). */
    claimDate: calendarDay('The claim date must be a real day, like 2026-01-31').optional().or(z.literal('').transform(() => undefined)),
    /** The editor takes the computed consensus as it stands. */
    acceptConsensus: z.boolean().optional().default(false),
    /** The version of the verdict being edited; omit when there is none yet. A stale one is refused with 409. */
    version: z.number().int().min(1).optional(),
  })
  .strict()
  .refine((input) => input.acceptConsensus || input.explanation.length > 0, {
    message: 'Write the public explanation of the verdict',
    path: ['explanation'],
  });

export type TSetVerdict = z.infer<typeof ZSetVerdict>;

export const ZReopenArticle = z.object({ reason: z.string().trim().max(1_000, 'The reason is too long (at most 1,000 characters)').optional().default('') }).strict();

export type TReopenArticle = z.infer<typeof ZReopenArticle>;

export const ZReviewQueueFilter = z.object({
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  q: searchText.optional().catch(undefined),
  needs: z.enum(['reviews', 'disputes']).optional().catch(undefined),
  sort: z.enum(['need', 'age', 'activity']).optional().catch(undefined),
  /** One project's articles (a project that is not the caller's is a 404). */
  project: z.string().max(100).optional().catch(undefined),
});

export type TReviewQueueFilter = z.infer<typeof ZReviewQueueFilter>;

export const ZRatingScale = z
  .object({
    options: z
      .array(
        z
          .object({
            key: z.string().trim().regex(/^[a-z0-9_]{1,40}$/, 'Keys are 1–40 lower-case letters, digits or _'),
            name: z.string().trim().min(1, 'Give each rating a name').max(80, 'Rating names are at most 80 characters'),
            value: z.number({ error: 'Each rating needs a numeric value' }).finite().min(-1000).max(1000),
          })
          .strict(),
      )
      .min(2, 'A scale needs at least two ratings')
      .max(20, 'At most 20 ratings')
      .refine((options) => new Set(options.map((option) => option.key)).size === options.length, 'Rating keys must be unique'),
  })
  .strict();

export type TRatingScale = z.infer<typeof ZRatingScale>;
