import 'server-only';
import type { Prisma } from '../../db/client';

/**
 * "Title or publisher contains q", with q taken literally: Prisma hands
 * `contains` to LIKE as it is, so a search for "%" or "_" would match
 * everything unless LIKE's wildcards (and its escape character) are escaped.
 */
export function titleOrPublisherContains(q: string): Prisma.ArticleWhereInput {
  const literal = q.replace(/[\\%_]/g, (character) => `\\${character}`);
  return { OR: [{ title: { contains: literal, mode: 'insensitive' } }, { publisher: { contains: literal, mode: 'insensitive' } }] };
}
