// Input schemas for article credibility signals (issue 15): a reviewer's
// answers, and an admin's questionnaire edits.
import { z } from 'zod';
import { SIGNAL_SCALES } from '../vocabulary';

export const MAX_SIGNAL_OPTIONS = 12;
const KEY = /^[a-z][a-z0-9_]{0,63}$/;

/** `{ answers: { <key>: value } }`; null clears an answer. Keys and values are checked against the questionnaire by the data layer. */
export const ZSignalAnswers = z
  .object({
    answers: z
      .record(z.string().max(64), z.string().min(1).max(64).nullable(), { error: 'answers must map signal keys to option values (or null to clear)' })
      .refine((answers) => Object.keys(answers).length <= 50, 'At most 50 answers at once'),
  })
  .strict();
export type TSignalAnswers = z.infer<typeof ZSignalAnswers>;

const ZSignalOption = z.object({ value: z.string().regex(KEY, 'An option value is lower-case letters, digits and _'), label: z.string().trim().min(1).max(100) }).strict();

const ZOptions = z
  .array(ZSignalOption)
  .min(2, 'A signal needs at least two options')
  .max(MAX_SIGNAL_OPTIONS, `At most ${MAX_SIGNAL_OPTIONS} options`)
  .refine((options) => new Set(options.map((option) => option.value)).size === options.length, 'Option values must differ');

export const ZCreateSignal = z
  .object({
    key: z.string().regex(KEY, 'A key is lower-case letters, digits and _, starting with a letter (at most 64)'),
    question: z.string().trim().min(1).max(300),
    helpText: z.string().trim().max(1000).optional().default(''),
    scale: z.enum(SIGNAL_SCALES),
    /** In rank order, lowest first, for an ordinal or count scale. */
    options: ZOptions,
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
export type TCreateSignal = z.infer<typeof ZCreateSignal>;

/** Scale and options may change only while nobody has answered (data/signals/update-signal.ts). */
export const ZUpdateSignal = z
  .object({
    question: z.string().trim().min(1).max(300).optional(),
    helpText: z.string().trim().max(1000).optional(),
    scale: z.enum(SIGNAL_SCALES).optional(),
    options: ZOptions.optional(),
    position: z.number().int().min(0).max(10_000).optional(),
    active: z.boolean().optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, 'Nothing to change');
export type TUpdateSignal = z.infer<typeof ZUpdateSignal>;
