import 'server-only';
// How many records an export will hold, for the download's progress display:
// annotations for the annotation formats (and for the W3C one, the comments it
// adds as replies unless a label filter selects annotations only), articles for the others.
import type { ExportFormat, TExportFilter } from '../../../validation/exports';
import { Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import { countExportComments } from './export-comments';
import { articleConditions } from './export-where';

/** `total` records, `comments` of them the W3C export's replies (counted once, so the stream never writes more than it announced). */
export type ExportCount = { total: number; comments: number };

export async function countExportRecords(actor: Authorized<'exports:read'>, format: ExportFormat, filter: TExportFilter): Promise<ExportCount> {
  const where = articleConditions(filter);
  if (format === 'csv' || format === 'jsonld') {
    const label = filter.label ? Prisma.sql`AND a.label = ${filter.label}::"Label"` : Prisma.empty;
    const [row] = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" WHERE a."deletedAt" IS NULL AND ${where} ${label}`;
    const comments = format === 'jsonld' && !filter.label ? await countExportComments(filter) : 0;
    return { total: Number(row?.n ?? 0) + comments, comments };
  }
  const [row] = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Article" ar WHERE ${where}`;
  return { total: Number(row?.n ?? 0), comments: 0 };
}
