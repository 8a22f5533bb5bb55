import 'server-only';
// How many records an export will hold, for the download's progress display:
// annotations for the annotation formats, articles for the others.
import type { ExportFormat, TExportFilter } from '../../../validation/exports';
import { Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import { articleConditions } from './export-where';

export async function countExportRecords(actor: Authorized<'exports:read'>, format: ExportFormat, filter: TExportFilter): Promise<number> {
  const where = articleConditions(filter);
  if (format === 'csv' || format === 'jsonld') {
    const label = filter.label ? Prisma.sql`AND a.label = ${filter.label}::"Label"` : Prisma.empty;
    const [row] = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" WHERE a."deletedAt" IS NULL AND ${where} ${label}`;
    return Number(row?.n ?? 0);
  }
  const [row] = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Article" ar WHERE ${where}`;
  return Number(row?.n ?? 0);
}
