import 'server-only';
// Import, whatever the source: pasted text or HTML, an uploaded file, or a URL
// the server fetches. Everything ends in prepareArticle (sanitise + canonical
// text) before a single row is written.
import { prepareArticle } from '../../articles/prepare-article';
import { extractReadable } from '../../articles/extract-readable';
import { config } from '../../config';
import { AppError } from '../../errors';
import { MAX_ARTICLE_TEXT_CHARS, type TImportArticle } from '../../validation/articles';
import type { Actor } from '../actor';
import type { ArticleDetail } from '../../views/article-views';
import { createArticle } from '../data/articles/create-article';
import { authorize } from '../guards';
import { fetchArticlePage } from '../url-import/fetch-article-page';

export async function importArticle(actor: Actor, input: TImportArticle): Promise<ArticleDetail> {
  authorize(actor, 'articles:import'); // before any fetch is made on the actor's behalf
  const source = input.url ? await readUrl(input.url) : { html: input.html, text: input.text, sourceUrl: null };
  const prepared = prepareArticle({ title: input.title ?? source.title ?? undefined, html: source.html, text: source.text });
  if (!prepared.title) throw new AppError('bad_request', 'Give the article a title.');
  if (prepared.bodyBlocks === 0) throw new AppError('bad_request', 'The article has no readable text to check.');
  if (prepared.text.length > MAX_ARTICLE_TEXT_CHARS) {
    throw new AppError('payload_too_large', `The article is too long (${prepared.text.length.toLocaleString('en')} characters; at most ${MAX_ARTICLE_TEXT_CHARS.toLocaleString('en')}).`);
  }
  return createArticle(actor, {
    title: prepared.title,
    html: prepared.html,
    text: prepared.text,
    textHash: prepared.textHash,
    byline: input.byline ?? source.byline ?? null,
    publisher: input.publisher ?? source.publisher ?? null,
    sourceUrl: source.sourceUrl,
    publishedAt: parseDate(input.publishedAt ?? source.publishedAt),
  });
}

type Source = { html?: string; text?: string; sourceUrl: string | null; title?: string | null; byline?: string | null; publisher?: string | null; publishedAt?: string | null };

async function readUrl(url: string): Promise<Source> {
  const page = await fetchArticlePage(url, { allowLoopback: config().allowLoopbackImport });
  if (page.contentType.startsWith('text/plain')) return { text: page.html, sourceUrl: page.finalUrl };
  const readable = extractReadable(page.html, page.finalUrl);
  return {
    html: readable.contentHtml,
    sourceUrl: page.finalUrl,
    title: readable.title,
    byline: readable.byline,
    publisher: readable.publisher,
    publishedAt: readable.publishedAt,
  };
}

function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
