import 'server-only';
// An editor pastes a new version of an article's text: it is prepared exactly
// like an import, then stored as the next revision with every annotation re-anchored.
import { prepareArticle } from '../../articles/prepare-article';
import { AppError } from '../../errors';
import { MAX_ARTICLE_TEXT_CHARS } from '../../validation/articles';
import type { TReviseArticleText } from '../../validation/annotations';
import type { ReanchorReport } from '../../views/annotation-views';
import type { Actor } from '../actor';
import { assertNotPublished } from '../data/annotations/annotation-freeze';
import { getArticle } from '../data/articles/get-article';
import { reviseArticleText } from '../data/articles/revise-article-text';
import { authorize } from '../guards';

export async function reviseArticle(actor: Actor, articleId: string, input: TReviseArticleText): Promise<ReanchorReport> {
  authorize(actor, 'articles:revise');
  const current = await getArticle(actor, articleId);
  // Said before judging the new text; reviseArticleText checks again under the lock.
  assertNotPublished(current, 'text');
  const prepared = prepareArticle({ title: input.title ?? current.title, html: input.html, text: input.text });
  if (prepared.bodyBlocks === 0) throw new AppError('bad_request', 'The new version has no readable text.');
  if (prepared.text.length > MAX_ARTICLE_TEXT_CHARS) throw new AppError('payload_too_large', `The article is too long (at most ${MAX_ARTICLE_TEXT_CHARS.toLocaleString('en')} characters).`);
  if (prepared.textHash === current.textHash && prepared.html === current.html) {
    throw new AppError('bad_request', 'The new version is identical to the current one; nothing to revise.');
  }
  return reviseArticleText(actor, articleId, prepared);
}
