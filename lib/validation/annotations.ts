// Input schemas for annotations, shared by the annotation toolbar's actions and the API.
import { z } from 'zod';
import { CONFIDENCES, EVIDENCE_TYPES, LABELS, inWords } from '../vocabulary';
import { MAX_IMPORT_HTML_CHARS, MAX_IMPORT_TEXT_CHARS } from './articles';

export const MAX_RATIONALE_CHARS = 5_000;
export const MAX_EVIDENCE_ITEMS = 20;
export const MAX_QUOTE_CHARS = 20_000;

export const ZEvidence = z
  .object({
    url: z
      .string()
      .trim()
      .max(2048, 'Evidence URL is too long (at most 2,048 characters)')
      .url('Evidence must be a full http:// or https:// address')
      .refine((url) => /^https?:\/\//i.test(url), 'Evidence links must start with http:// or https://'),
    title: z.string().trim().max(300, 'Evidence title is too long (at most 300 characters)').optional(),
    type: z.enum(EVIDENCE_TYPES, `Evidence type must be one of: ${EVIDENCE_TYPES.join(', ')}`).optional(),
  })
  .strict();

export type TEvidence = z.infer<typeof ZEvidence>;

const annotationContent = {
  label: z.enum(LABELS, `Label must be ${inWords(LABELS)}`),
  rationale: z.string().max(MAX_RATIONALE_CHARS, `Rationale is too long (at most ${MAX_RATIONALE_CHARS.toLocaleString('en')} characters)`),
  evidence: z.array(ZEvidence).max(MAX_EVIDENCE_ITEMS, `At most ${MAX_EVIDENCE_ITEMS} evidence links`),
  confidence: z.enum(CONFIDENCES, `Confidence must be ${inWords(CONFIDENCES)}`).nullable(),
};

const offset = z.number({ error: 'Offsets must be numbers' }).int('Offsets must be whole numbers').min(0, 'Offsets cannot be negative').max(10_000_000);

export const ZCreateAnnotation = z
  .object({
    label: annotationContent.label,
    start: offset,
    end: offset,
    exact: z.string().min(1, 'The quote is empty').max(MAX_QUOTE_CHARS, `The quote is too long (at most ${MAX_QUOTE_CHARS.toLocaleString('en')} characters)`),
    /** Context the client saw; the server recomputes it from the stored text. */
    prefix: z.string().max(200).optional(),
    suffix: z.string().max(200).optional(),
    /** The revision the client selected on; a stale one is refused with 409 rather than misplaced. */
    revision: z.number().int().min(1).optional(),
    rationale: annotationContent.rationale.optional().default(''),
    evidence: annotationContent.evidence.optional().default([]),
    confidence: annotationContent.confidence.optional().default(null),
  })
  .strict()
  .refine((input) => input.start < input.end, { message: 'The span is empty: start must be before end', path: ['end'] });

export type TCreateAnnotation = z.infer<typeof ZCreateAnnotation>;

export const ZUpdateAnnotation = z
  .object({
    version: z.number({ error: 'Send the version you edited' }).int().min(1),
    label: annotationContent.label.optional(),
    rationale: annotationContent.rationale.optional(),
    evidence: annotationContent.evidence.optional(),
    confidence: annotationContent.confidence.optional(),
  })
  .strict();

export type TUpdateAnnotation = z.infer<typeof ZUpdateAnnotation>;

export const ZReattachAnnotation = z
  .object({ version: z.number().int().min(1), start: offset, end: offset, exact: ZCreateAnnotation.shape.exact })
  .strict()
  .refine((input) => input.start < input.end, { message: 'The span is empty: start must be before end', path: ['end'] });

export type TReattachAnnotation = z.infer<typeof ZReattachAnnotation>;

export const ZReviseArticleText = z
  .object({
    html: z.string().max(MAX_IMPORT_HTML_CHARS).optional(),
    text: z.string().max(MAX_IMPORT_TEXT_CHARS).optional(),
    title: z.string().trim().max(500).optional(),
  })
  .strict()
  .refine((input) => (input.html === undefined) !== (input.text === undefined), { message: 'Give exactly one of: html, text.' });

export type TReviseArticleText = z.infer<typeof ZReviseArticleText>;
