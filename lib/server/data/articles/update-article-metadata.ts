import 'server-only';
// An editor's corrections to what an import read from the page (or what a pasted import lacked):
// outlet, byline, dates, canonical address, language and direction. Only the fields given change;
// null clears one; a language without a direction brings its own.
// A published article is refused (409 article_published): its verdicts went out — a ClaimReview
// among them — naming this outlet, author and date, so the desk reopens it first, as for the text.
import { directionOf } from '../../../articles/detect-language';
import { AppError } from '../../../errors';
import type { TArticleMetadata } from '../../../validation/sources';
import type { ArticleDetail } from '../../../views/article-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { linkArticleAuthors } from '../authors/link-article-authors';
import { findSource } from '../sources/resolve-source';
import { sourceConflict } from '../sources/source-errors';
import { getArticle } from './get-article';
import { lockArticle } from './lock-article';

export async function updateArticleMetadata(actor: Authorized<'articles:revise'>, articleId: string, input: TArticleMetadata): Promise<ArticleDetail> {
  try {
    await db().$transaction(async (tx) => {
      const article = await lockArticle(tx, articleId, 'write');
      if (article.status === 'published') throw new AppError('article_published', 'This article’s verdicts are published; reopen it to correct its source, byline or dates.');
      let sourceId = input.sourceId;
      if (sourceId) {
        if (!(await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } }))) throw new AppError('bad_request', 'sourceId: no source with that id.');
      } else if (input.sourceName !== undefined) {
        sourceId = (await findSource(tx, { domain: null, name: input.sourceName })) ?? (await tx.source.create({ data: { name: input.sourceName }, select: { id: true } })).id;
      }
      await tx.article.update({
        where: { id: articleId },
        data: {
          sourceId,
          byline: input.byline,
          publishedAt: input.publishedAt,
          modifiedAt: input.modifiedAt,
          canonicalUrl: input.canonicalUrl,
          language: input.language,
          direction: input.direction ?? (input.language ? directionOf(input.language) : undefined),
        },
      });
      // The authors follow the byline, and belong to the outlet: either changing re-reads them.
      if (input.byline !== undefined || sourceId !== undefined) await linkArticleAuthors(tx, articleId);
    });
  } catch (error) {
    throw sourceConflict(error) ?? error;
  }
  return getArticle(actor, articleId);
}
