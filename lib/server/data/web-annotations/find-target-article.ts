import 'server-only';
// The article a POSTed annotation's target source names: its workbench page
// (`<base>articles/<id>`, always unambiguous) or its public address. An
// address no article has, or one several imports share, is refused with a
// message saying what to send instead rather than guessed.
import { AppError } from '../../../errors';
import { addressVariants, workbenchArticleId } from '../../../exports/article-addresses';
import { resolveUnder, workbenchArticleUrl } from '../../../exports/export-records';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { articlesOf } from '../projects/project-scope';

export type TargetArticle = { id: string; projectId: string; title: string; url: string; revision: number; text: string };

const select = { id: true, projectId: true, title: true, sourceUrl: true, revision: true, text: true } as const;

/** Only ever the first step of creating an annotation, so it takes the right to write them. */
export async function findTargetArticle(actor: Authorized<'annotations:write'>, source: string, baseUrl: string): Promise<TargetArticle> {
  const id = workbenchArticleId(source, baseUrl);
  const articles = id
    ? await db().article.findMany({ where: { id, ...articlesOf(actor) }, select })
    : await db().article.findMany({ where: { sourceUrl: { in: addressVariants(source) }, ...articlesOf(actor) }, select, orderBy: { createdAt: 'asc' }, take: 2 });
  const [article, another] = articles;
  if (!article) {
    throw new AppError('bad_request', `No article in the workbench has the address "${source}". Set the target's "source" to the article's address or its workbench URL (${resolveUnder(baseUrl, 'articles/')}<id>).`);
  }
  if (another) {
    throw new AppError('bad_request', `Several articles in the workbench have the address "${source}". Set the target's "source" to the workbench URL of the one you mean (${resolveUnder(baseUrl, 'articles/')}<id>).`);
  }
  return { id: article.id, projectId: article.projectId, title: article.title, url: article.sourceUrl ?? workbenchArticleUrl(baseUrl, article.id), revision: article.revision, text: article.text };
}
