import 'server-only';
// The article filter of an export as SQL, shared by every export query so all
// formats select the same articles.
import type { TExportFilter } from '../../../validation/exports';
import { Prisma } from '../../db/client';

/** Conditions on the "Article" row aliased `ar`. */
export function articleConditions(filter: TExportFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  // Every export is scoped (export-response.ts); undefined would be a caller that forgot, so it selects nothing.
  if (filter.projects !== null) parts.push(filter.projects ? Prisma.sql`ar."projectId" = ANY(${[...filter.projects]}::uuid[])` : Prisma.sql`FALSE`);
  if (filter.articleId) parts.push(Prisma.sql`ar.id = ${filter.articleId}::uuid`);
  // Stored times are UTC timestamps without a zone; comparing with dates keeps the session's zone out of it.
  if (filter.from) parts.push(Prisma.sql`ar."createdAt" >= ${filter.from}::date`);
  if (filter.to) parts.push(Prisma.sql`ar."createdAt" < ${filter.to}::date + 1`);
  if (filter.status) parts.push(Prisma.sql`ar.status = ${filter.status}::"ArticleStatus"`);
  if (filter.publisher) parts.push(Prisma.sql`lower(ar.publisher) = lower(${filter.publisher})`);
  return Prisma.join(parts, ' AND ');
}
