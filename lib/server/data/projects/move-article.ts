import 'server-only';
import type { ArticleMoveView } from '../../../views/project-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { lockArticle } from '../articles/lock-article';

/**
 * Moves an article into another project, recorded in ArticleMove. The caller
 * has checked 'articles:move' in both projects. The article keeps everything:
 * annotations, reviews (with the guidelines version each was made under, of
 * the project it was in then), verdicts; from now on the new project's
 * members see it and the old project's do not. The article lock keeps a
 * submission or verdict from landing half-way.
 */
export async function moveArticle(actor: Authorized<'articles:move'>, articleId: string, toProjectId: string, reason: string): Promise<ArticleMoveView & { moved: boolean }> {
  return db().$transaction(async (tx) => {
    await lockArticle(tx, articleId, 'write');
    const { projectId: fromProjectId } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { projectId: true } });
    const now = new Date();
    const view = { articleId, fromProjectId, toProjectId, actor: { id: actor.id, name: actor.name }, reason, at: now.toISOString() };
    if (fromProjectId === toProjectId) return { ...view, moved: false };
    await tx.article.update({ where: { id: articleId }, data: { projectId: toProjectId } });
    await tx.articleMove.create({ data: { articleId, fromProjectId, toProjectId, actorId: actor.id, reason, createdAt: now } });
    return { ...view, moved: true };
  });
}
