import 'server-only';
// Which outlet an imported page belongs to: the source that owns the page's registrable domain,
// else the one of that publisher name (case aside), else a new source — so two imports from one
// outlet share a source without an editor's work. Sources are desk-wide.
import type { Prisma } from '../../db/client';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';

export type SourceHint = { domain: string | null; name: string | null };

export async function resolveSource(_actor: Authorized<'articles:import'>, hint: SourceHint): Promise<string | null> {
  if (!hint.domain && !hint.name) return null;
  const found = await findSource(db(), hint);
  if (found) return found;
  try {
    const created = await db().source.create({ data: { name: (hint.name ?? hint.domain)!, domains: hint.domain ? [hint.domain] : [] }, select: { id: true } });
    return created.id;
  } catch {
    // Another import created it meanwhile (name or domain now taken): that one is ours too.
    return findSource(db(), hint);
  }
}

/** By domain first (a page's address is evidence; its stated name is a claim), then by name. */
export async function findSource(client: Prisma.TransactionClient | ReturnType<typeof db>, hint: SourceHint): Promise<string | null> {
  if (hint.domain) {
    const byDomain = await client.source.findFirst({ where: { domains: { has: hint.domain } }, select: { id: true } });
    if (byDomain) return byDomain.id;
  }
  if (hint.name) {
    const byName = await client.source.findFirst({ where: { name: { equals: hint.name, mode: 'insensitive' } }, orderBy: { createdAt: 'asc' }, select: { id: true } });
    if (byName) return byName.id;
  }
  return null;
}
