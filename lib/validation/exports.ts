// Query parameters of the export endpoints (per article and bulk).
import { z } from 'zod';
import { ARTICLE_STATUSES, LABELS, inWords } from '../vocabulary';
import { calendarDay } from './articles';

export const EXPORT_FORMATS = ['csv', 'passages.csv', 'json', 'jsonld', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const day = calendarDay('Dates are real days from year 1, like 2026-01-31');

export const ZExportFormat = z.object({
  format: z.enum(EXPORT_FORMATS, `format must be one of: ${EXPORT_FORMATS.join(', ')}`).default('json'),
  /** Prepend a UTF-8 byte order mark to CSV, for spreadsheet programs that need one to read UTF-8. */
  bom: z.enum(['0', '1', 'true', 'false']).optional().transform((value) => value === '1' || value === 'true'),
});

export const ZBulkExportQuery = ZExportFormat.extend({
  /** Articles imported on or after this day (UTC). */
  from: day.optional(),
  /** Articles imported on or before this day (UTC). */
  to: day.optional(),
  status: z.enum(ARTICLE_STATUSES, `status must be one of: ${ARTICLE_STATUSES.join(', ')}`).optional(),
  /** Only annotations with this label, and passages whose final label it is. */
  label: z.enum(LABELS, `label must be ${inWords(LABELS)}`).optional(),
  publisher: z.string().trim().min(1).max(200).optional(),
  /** Only this project's articles (otherwise every project the caller may export). */
  project: z.uuid('project must be a project id (a UUID)').optional(),
})
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: '"from" must not be after "to"', path: ['to'] });

export type TBulkExportQuery = z.infer<typeof ZBulkExportQuery>;
/**
 * What an export selects. `projects` is not read from the request: the server
 * sets it to the projects the caller may export (null: all), so the query in
 * every export worker keeps to them.
 */
export type TExportFilter = Omit<TBulkExportQuery, 'format' | 'bom' | 'project'> & { articleId?: string; projects?: readonly string[] | null };
