import 'server-only';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { lockArticleForAssignment } from './assignment-record';

/** Opens the article to its assigned reviewers only, or to every member again; under the article lock annotation writes check it under. */
export async function setAssignedOnly(actor: Authorized<'assignments:manage'>, articleId: string, assignedOnly: boolean): Promise<{ assignedOnly: boolean }> {
  await db().$transaction(async (tx) => {
    await lockArticleForAssignment(tx, articleId);
    await tx.article.update({ where: { id: articleId }, data: { assignedOnly } });
  });
  return { assignedOnly };
}
