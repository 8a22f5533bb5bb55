import 'server-only';
import { findMentions } from '../../../comments/find-mentions';
import type { Prisma } from '../../db/client';

/** The members of the article's project whom `body` @mentions (by email or name). */
export async function commentMentions(tx: Prisma.TransactionClient, articleId: string, body: string): Promise<string[]> {
  if (!body.includes('@')) return [];
  const members = await tx.projectMember.findMany({
    where: { project: { articles: { some: { id: articleId } } } },
    select: { user: { select: { id: true, email: true, name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return findMentions(body, members.map((member) => member.user));
}
