// Input schemas for sources (outlets) and for an article's bibliographic metadata.
import { z } from 'zod';
import { registrableDomain } from '../articles/registrable-domain';
import { ZLanguageTag, ZTextDirection } from './language';

const name = z.string().trim().min(1, 'Name is required').max(200, 'Name is too long (at most 200 characters)');

/** A bare host name; stored as its registrable domain, lower case ("www.BBC.co.uk" → "bbc.co.uk"). */
const domain = z
  .string()
  .trim()
  .max(253, 'A domain is too long')
  .transform((value, context) => {
    const registrable = /[/:@\s]/.test(value) ? null : registrableDomain(value);
    if (!registrable) {
      context.addIssue({ code: 'custom', message: `"${value.slice(0, 60)}" is not a domain like example.com` });
      return z.NEVER;
    }
    return registrable;
  });

const domains = z
  .array(domain)
  .max(20, 'At most 20 domains')
  .transform((list) => [...new Set(list)]);

const optionalNote = (max: number, field: string) =>
  z
    .string()
    .trim()
    .max(max, `${field} is too long (at most ${max} characters)`)
    .nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null));

export const ZCreateSource = z
  .object({ name, domains: domains.default([]), country: optionalNote(100, 'Country'), notes: optionalNote(2000, 'Notes') })
  .strict();
export type TCreateSource = z.infer<typeof ZCreateSource>;

export const ZUpdateSource = z
  .object({ name: name.optional(), domains: domains.optional(), country: optionalNote(100, 'Country'), notes: optionalNote(2000, 'Notes') })
  .strict()
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: 'Nothing to change.' });
export type TUpdateSource = z.infer<typeof ZUpdateSource>;

/** An instant with its offset ("2025-01-17T09:00:00Z") or a calendar day; null clears it. */
const instant = z
  .union([z.iso.datetime({ offset: true, message: 'must be a date-time with its offset, like 2025-01-17T09:00:00Z' }), z.iso.date('must be a real day, like 2025-01-17')])
  .refine((value) => value >= '0001-01-01', 'must be a date after year 0')
  .transform((value) => new Date(value))
  .nullable()
  .optional();

const httpUrl = z
  .string()
  .trim()
  .max(2048, 'URL is too long')
  .url('Enter a full http:// or https:// address')
  .refine((value) => /^https?:\/\//i.test(value), 'Enter a full http:// or https:// address')
  .nullable()
  .optional();

/**
 * An editor's corrections to an article's metadata: only the fields given change; null clears one.
 * A language given without a direction brings its own direction (fa → rtl).
 * The source is named by id (an existing outlet) or by name (found, else created); not both.
 */
export const ZArticleMetadata = z
  .object({
    sourceId: z.uuid('sourceId must be a source id (a UUID)').nullable().optional(),
    sourceName: name.optional(),
    byline: z.string().trim().max(300, 'Byline is too long (at most 300 characters)').nullable().optional().transform((value) => (value === undefined ? undefined : value || null)),
    publishedAt: instant,
    modifiedAt: instant,
    canonicalUrl: httpUrl,
    language: ZLanguageTag.optional(),
    direction: ZTextDirection.optional(),
  })
  .strict()
  .refine((input) => !(input.sourceId !== undefined && input.sourceName !== undefined), { message: 'Give sourceId or sourceName, not both.' })
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: 'Nothing to change.' });
export type TArticleMetadata = z.infer<typeof ZArticleMetadata>;

export const SOURCE_EXPORT_FORMATS = ['csv', 'json'] as const;

/** Query of the sources' reliability exports (index and one source). */
export const ZSourceExportQuery = z
  .object({
    format: z.enum(SOURCE_EXPORT_FORMATS, `format must be one of: ${SOURCE_EXPORT_FORMATS.join(', ')}`).default('json'),
    /** Prepend a UTF-8 byte order mark to CSV, for spreadsheet programs that need one to read UTF-8. */
    bom: z.enum(['0', '1', 'true', 'false']).optional().transform((value) => value === '1' || value === 'true'),
  })
  .strict();
