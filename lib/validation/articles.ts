// Input schemas for articles, shared by the import form's server action and the API.
import { z } from 'zod';
import { ARTICLE_STATUSES } from '../vocabulary';
import { removeUnstorableText } from './parse-input';
import { ZLanguageTag, ZTextDirection } from './language';

export const MAX_IMPORT_HTML_CHARS = 2_000_000;
export const MAX_IMPORT_TEXT_CHARS = 1_000_000;
export const MAX_ARTICLE_TEXT_CHARS = 500_000;

/**
 * A calendar day, YYYY-MM-DD (real dates only: no February 30th), from year 1: PostgreSQL
 * has no year 0, so "0000-01-01" would pass a pattern check and fail in the database.
 */
export function calendarDay(message: string) {
  return z.iso.date(message).refine((day) => day >= '0001-01-01', message);
}

/** What a search box sends: trimmed, at most 200 characters, NUL and half surrogate pairs dropped (never stored, only matched). */
export const searchText = z.string().trim().max(200).transform(removeUnstorableText);

const optionalText = (max: number, name: string) =>
  z.string().trim().max(max, `${name} is too long (at most ${max} characters)`).optional().transform((value) => (value ? value : undefined));

export const ZImportArticle = z
  .object({
    title: optionalText(500, 'Title'),
    html: z.string().max(MAX_IMPORT_HTML_CHARS, `HTML is too long (at most ${MAX_IMPORT_HTML_CHARS.toLocaleString('en')} characters)`).optional(),
    text: z.string().max(MAX_IMPORT_TEXT_CHARS, `Text is too long (at most ${MAX_IMPORT_TEXT_CHARS.toLocaleString('en')} characters)`).optional(),
    url: z.string().trim().max(2048, 'URL is too long').url('Enter a full http:// or https:// address').optional(),
    byline: optionalText(300, 'Byline'),
    publisher: optionalText(200, 'Publisher'),
    publishedAt: calendarDay('Published date must be a real day, like 2026-01-31').optional(),
    /** The project the article goes into; left out, the oldest project the importer may import into. */
    projectId: z.uuid('projectId must be a project id (a UUID)').optional(),
    /** The article's language and direction when the importer knows them; left out, detected (lib/articles/detect-language). */
    language: ZLanguageTag.optional(),
    direction: ZTextDirection.optional(),
  })
  .strict()
  .refine((input) => [input.html, input.text, input.url].filter((value) => value !== undefined && value !== '').length === 1, {
    message: 'Give exactly one of: pasted text, HTML, or a URL.',
  });

export type TImportArticle = z.infer<typeof ZImportArticle>;

export const ZArticleFilter = z.object({
  q: searchText.optional().catch(undefined),
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  /** One project's articles (a project that is not the caller's is a 404). */
  project: z.string().max(100).optional().catch(undefined),
});

export type TArticleFilter = z.infer<typeof ZArticleFilter>;
