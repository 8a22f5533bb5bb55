// Input schemas for claims: creating one, linking a passage to it, asking for suggestions, ruling on it, exporting it.
import { z } from 'zod';
import { MAX_CLAIM_CHARS } from '../articles/claim-text';
import { MAX_EXPLANATION_CHARS } from './verdicts';
import { isUuid } from './uuid';

const ZUuid = z.string().refine(isUuid, 'Not an article id');

export const ZCreateClaim = z
  .object({
    text: z.string().trim().min(1, 'Write the claim').max(MAX_CLAIM_CHARS, `The claim is too long (at most ${MAX_CLAIM_CHARS.toLocaleString('en')} characters)`),
  })
  .strict();
export type TCreateClaim = z.infer<typeof ZCreateClaim>;

const offset = z.number().int('Offsets are whole numbers').min(0, 'Offsets start at 0').max(100_000_000);

export const ZLinkAppearance = z
  .object({ articleId: ZUuid, start: offset, end: offset })
  .strict()
  .refine((span) => span.end > span.start, { message: 'The passage is empty: end must be after start', path: ['end'] });
export type TLinkAppearance = z.infer<typeof ZLinkAppearance>;

const queryOffset = z.coerce.number().int('Offsets are whole numbers').min(0, 'Offsets start at 0').max(100_000_000);
export const ZSuggestionQuery = z
  .object({ start: queryOffset, end: queryOffset })
  .strict()
  .refine((span) => span.end > span.start, { message: 'The passage is empty: end must be after start', path: ['end'] });

export const ZClaimVerdict = z
  .object({
    rating: z.string().trim().min(1, 'Choose a rating').max(40),
    explanation: z.string().trim().min(1, 'Write the public explanation of the verdict').max(MAX_EXPLANATION_CHARS, `The explanation is too long (at most ${MAX_EXPLANATION_CHARS.toLocaleString('en')} characters)`),
  })
  .strict();
export type TClaimVerdict = z.infer<typeof ZClaimVerdict>;

export const ZClaimExportQuery = z.object({ format: z.literal('claimreview', 'The only format of a claim export is claimreview') }).strict();
