import 'server-only';
// Which annotations a view of the Web Annotation container holds: all of
// them, one article's (`?article=<id>`), or those on the articles a target
// address names (`?target=<url>`: an article's public address, which several
// imports may share, or its workbench page). Resolved once per request so
// the count and the page query select the same rows.
import { AppError } from '../../../errors';
import { addressVariants, workbenchArticleId } from '../../../exports/article-addresses';
import { isUuid } from '../../../validation/uuid';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { articlesOf } from '../projects/project-scope';

export type WebAnnotationFilter = { article?: string; target?: string };

export type WebAnnotationScope = {
  /** The articles whose annotations are in view; null for every article. */
  articleIds: string[] | null;
  /** A human label for the collection. */
  label: string;
};

/** For a GET (articles:read), or the view a POST is sent to, which a write:annotations token may name without reading. */
export async function resolveWebAnnotationScope(
  actor: Authorized<'articles:read'> | Authorized<'annotations:write'>,
  filter: WebAnnotationFilter,
  baseUrl: string,
): Promise<WebAnnotationScope> {
  if (filter.article !== undefined) {
    const article = isUuid(filter.article) ? await db().article.findFirst({ where: { id: filter.article, ...articlesOf(actor) }, select: { id: true, title: true } }) : null;
    if (!article) throw new AppError('not_found', 'No article with that id.');
    return { articleIds: [article.id], label: `Annotations on "${article.title}"` };
  }
  if (filter.target !== undefined) {
    const id = workbenchArticleId(filter.target, baseUrl);
    const articles = id
      ? await db().article.findMany({ where: { id, ...articlesOf(actor) }, select: { id: true, title: true } })
      : await db().article.findMany({ where: { sourceUrl: { in: addressVariants(filter.target) }, ...articlesOf(actor) }, select: { id: true, title: true }, orderBy: { createdAt: 'asc' } });
    const label = articles.length === 1 ? `Annotations on "${articles[0]!.title}"` : `Annotations on ${filter.target}`;
    return { articleIds: articles.map((article) => article.id), label };
  }
  return { articleIds: null, label: 'Corroborate annotations' };
}
