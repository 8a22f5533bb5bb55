import 'server-only';
// Import, whatever the source: pasted text or HTML, an uploaded file, or a URL
// the server fetches. Everything ends in prepareArticle (sanitise + canonical
// text) before a single row is written. A fetched page also gives its metadata
// (byline, publisher → source, dates, canonical address, declared language;
// extractReadable); the language and direction are detected from the text
// weighed against what the page declares (detectLanguage);
// pasted text gives only what the importer typed, and editors correct the rest
// (PATCH /api/articles/<id>/metadata).
import { detectLanguage, directionOf } from '../../articles/detect-language';
import type { PreparedArticle } from '../../articles/prepare-article';
import { config } from '../../config';
import { AppError } from '../../errors';
import { MAX_ARTICLE_TEXT_CHARS, type TImportArticle } from '../../validation/articles';
import type { ArticleDetail } from '../../views/article-views';
import { registrableDomain } from '../../articles/registrable-domain';
import { createArticle } from '../data/articles/create-article';
import { findProject } from '../data/projects/find-project';
import { firstProject } from '../data/projects/first-project';
import { resolveSource } from '../data/sources/resolve-source';
import { authorizeInProject, projectsWith, type Authorized } from '../guards';
import { fetchArticlePage } from '../url-import/fetch-article-page';
import { runArticleWork } from './article-workers';

const TOO_SLOW = 'Preparing this article took too long, so it was stopped: it is too large or too intricately nested. Import a shorter part of it, or paste its text.';
const BUSY = 'The server is busy preparing other articles. Try again in a minute.';

export async function importArticle(actor: Authorized<'articles:import'>, input: TImportArticle): Promise<ArticleDetail> {
  // Decided before anything is fetched or parsed: no work for an import that is refused.
  const importer = await importTarget(actor, input.projectId);
  const source = input.url ? await readUrl(input.url, input.title) : await readPasted(input);
  const { prepared } = source;
  if (!prepared.title) throw new AppError('bad_request', 'Give the article a title.');
  if (prepared.bodyBlocks === 0) throw new AppError('bad_request', 'The article has no readable text to check.');
  if (prepared.text.length > MAX_ARTICLE_TEXT_CHARS) {
    throw new AppError('payload_too_large', `The article is too long (${prepared.text.length.toLocaleString('en')} characters; at most ${MAX_ARTICLE_TEXT_CHARS.toLocaleString('en')}).`);
  }
  const publisher = input.publisher ?? source.publisher ?? null;
  // The outlet: by the page's registrable domain (its canonical address, else where it was fetched), else by name.
  const pageAddress = source.canonicalUrl ?? source.sourceUrl;
  // The importer's word over the detection; a language without a direction brings its own.
  const detected = detectLanguage(prepared.text, source.languages ?? []);
  const language = input.language ?? detected.language;
  const direction = input.direction ?? (input.language ? directionOf(input.language) : detected.direction);
  const sourceId = await resolveSource(importer.actor, { domain: pageAddress ? registrableDomain(pageAddress) : null, name: publisher });
  return createArticle(importer.actor, importer.projectId, {
    title: prepared.title,
    html: prepared.html,
    text: prepared.text,
    textHash: prepared.textHash,
    byline: input.byline ?? source.byline ?? null,
    publisher,
    sourceId,
    sourceUrl: source.sourceUrl,
    canonicalUrl: source.canonicalUrl ?? null,
    publishedAt: parseDate(input.publishedAt ?? source.publishedAt),
    modifiedAt: parseDate(source.modifiedAt),
    language,
    direction,
  });
}

/** The project an import goes into: the one named, where the actor may import; else the oldest they may import into. */
async function importTarget(actor: Authorized<'articles:import'>, projectId: string | undefined): Promise<{ actor: Authorized<'articles:import'>; projectId: string }> {
  if (projectId) {
    if (!(await findProject(projectId))) throw new AppError('not_found', 'No project with that id.');
    return { actor: authorizeInProject(actor, 'articles:import', projectId), projectId };
  }
  // No project named (API clients from before projects, scripts): the oldest project the caller may import into,
  // which on a desk that started before projects is the default project all its work moved into.
  const first = await firstProject(projectsWith(actor, 'articles:import'));
  if (!first) throw new AppError('forbidden', 'You are not an editor of any project, so there is nowhere to import to. Ask an admin to add you to one.');
  return { actor: authorizeInProject(actor, 'articles:import', first), projectId: first };
}

type Source = {
  prepared: PreparedArticle;
  sourceUrl: string | null;
  byline?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
  modifiedAt?: string | null;
  canonicalUrl?: string | null;
  /** The languages the page declares, most specific first (detectLanguage weighs them against the text). */
  languages?: string[];
};

async function readPasted(input: TImportArticle): Promise<Source> {
  const prepared = await runArticleWork({ kind: 'prepare', source: { title: input.title, html: input.html, text: input.text } }, { tooSlow: TOO_SLOW, busy: BUSY });
  return { prepared, sourceUrl: null };
}

async function readUrl(url: string, title: string | undefined): Promise<Source> {
  const page = await fetchArticlePage(url, { allowLoopback: config().allowLoopbackImport });
  if (page.contentType.startsWith('text/plain')) {
    const prepared = await runArticleWork({ kind: 'prepare', source: { title, text: page.html } }, { tooSlow: TOO_SLOW, busy: BUSY });
    return { prepared, sourceUrl: page.finalUrl };
  }
  const { prepared, readable } = await runArticleWork({ kind: 'prepare-page', html: page.html, url: page.finalUrl, title }, { tooSlow: TOO_SLOW, busy: BUSY });
  return {
    prepared,
    sourceUrl: page.finalUrl,
    byline: readable.byline,
    publisher: readable.publisher,
    publishedAt: readable.publishedAt,
    modifiedAt: readable.modifiedAt,
    canonicalUrl: readable.canonicalUrl,
    languages: readable.languages,
  };
}

function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
