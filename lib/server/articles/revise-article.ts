import 'server-only';
// An editor pastes a new version of an article's text: it is prepared exactly
// like an import, then stored as the next revision with every annotation re-anchored.
import { AppError } from '../../errors';
import { MAX_ARTICLE_TEXT_CHARS } from '../../validation/articles';
import type { TReviseArticleText } from '../../validation/annotations';
import type { ReanchorReport } from '../../views/annotation-views';
import { assertNotPublished } from '../data/annotations/annotation-freeze';
import { getArticle } from '../data/articles/get-article';
import { reviseArticleText } from '../data/articles/revise-article-text';
import type { Authorized } from '../guards';
import { runArticleWork } from './article-workers';

const BUSY = 'The server is busy preparing other articles. Try again in a minute.';

export async function reviseArticle(actor: Authorized<'articles:revise'>, articleId: string, input: TReviseArticleText): Promise<ReanchorReport> {
  const current = await getArticle(actor, articleId);
  // Said before judging the new text; reviseArticleText checks again under the lock.
  assertNotPublished(current, 'text');
  const prepared = await runArticleWork(
    { kind: 'prepare', source: { title: input.title ?? current.title, html: input.html, text: input.text } },
    { tooSlow: 'Preparing the new version took too long, so it was stopped: it is too large or too intricately nested. Send its plain text instead.', busy: BUSY },
  );
  if (prepared.bodyBlocks === 0) throw new AppError('bad_request', 'The new version has no readable text.');
  if (prepared.text.length > MAX_ARTICLE_TEXT_CHARS) throw new AppError('payload_too_large', `The article is too long (at most ${MAX_ARTICLE_TEXT_CHARS.toLocaleString('en')} characters).`);
  if (prepared.textHash === current.textHash && prepared.html === current.html) {
    throw new AppError('bad_request', 'The new version is identical to the current one; nothing to revise.');
  }
  // Re-anchoring is budgeted (lib/anchoring/thresholds.ts) and runs off the event loop too, inside the revision's transaction.
  return reviseArticleText(actor, articleId, prepared, (annotations, text) =>
    runArticleWork(
      { kind: 'reanchor', annotations, text },
      { tooSlow: 'Re-anchoring the annotations to the new version took too long, so the revision was not saved. Try again, or revise a shorter article.', busy: BUSY },
    ),
  );
}
