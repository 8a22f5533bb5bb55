// Input schemas for the discussion on an article, shared by the Discussion panel and the API.
import { z } from 'zod';
import { MAX_QUOTE_CHARS } from './annotations';

export const MAX_COMMENT_CHARS = 10_000;

const offset = z.number({ error: 'Offsets must be numbers' }).int('Offsets must be whole numbers').min(0, 'Offsets cannot be negative').max(10_000_000);
const commentBody = z
  .string({ error: 'Write the comment in body' })
  .trim()
  .min(1, 'The comment is empty')
  .max(MAX_COMMENT_CHARS, `The comment is too long (at most ${MAX_COMMENT_CHARS.toLocaleString('en')} characters)`);

export const ZCreateComment = z
  .object({
    body: commentBody,
    /** A passage of the current text; neither for a comment on the whole article. */
    start: offset.optional(),
    end: offset.optional(),
    /** The words the client selected; when given they must be exactly text.slice(start, end). */
    exact: z.string().min(1).max(MAX_QUOTE_CHARS).optional(),
    /** The revision the client selected on; a stale one is refused with 409 rather than misplaced. */
    revision: z.number().int().min(1).optional(),
    /** The comment this replies to; the reply joins that comment's thread and its passage. */
    parentId: z.uuid('parentId must be a comment id').optional(),
  })
  .strict()
  .refine((input) => (input.start === undefined) === (input.end === undefined), { message: 'Give both start and end, or neither', path: ['end'] })
  .refine((input) => input.start !== undefined || (input.exact === undefined && input.revision === undefined), { message: 'exact and revision go with start and end', path: ['exact'] })
  .refine((input) => input.parentId === undefined || input.start === undefined, { message: "A reply takes its thread's passage: send no start or end", path: ['start'] });

export type TCreateComment = z.infer<typeof ZCreateComment>;

export const ZUpdateComment = z
  .object({
    version: z.number({ error: 'Send the version you edited' }).int().min(1),
    body: commentBody.optional(),
    resolved: z.boolean().optional(),
  })
  .strict()
  .refine((input) => input.body !== undefined || input.resolved !== undefined, { message: 'Give body or resolved' });

export type TUpdateComment = z.infer<typeof ZUpdateComment>;
