// The CPU-heavy steps of importing and revising an article, as jobs a worker
// thread can run: preparing an article (sanitise, block model, canonical
// text), extracting the readable part of a fetched page and preparing it, and
// re-anchoring annotations to a new text — and, on the same pool, a project's
// reliability figures (pooled over up to a thousand articles: about a second of
// CPU with 20 reviewers). Each is linear (or budgeted) in its input, yet a 2 MB
// page still takes a second or more, which the server's event loop must not spend. The same code runs in the worker and, when there
// is none (tests, ARTICLE_WORKERS=0), in the server itself. Free of the
// server-only marker so a worker can load it.
import { type AnchoredAnnotation, type ReanchorReport, reanchorAll } from '../../anchoring/reanchor-all';
import { extractReadable, type ReadableArticle } from '../../articles/extract-readable';
import { type ArticleSource, type PreparedArticle, prepareArticle } from '../../articles/prepare-article';
import { computeProjectAgreement } from '../../consensus/project-agreement';
import type { ProjectAgreement, ProjectArticle } from '../../consensus/types';

export type ArticleJob =
  | { kind: 'prepare'; source: ArticleSource }
  /** A fetched page: its readable part prepared, with `title` (if given) instead of the page's own. */
  | { kind: 'prepare-page'; html: string; url: string; title?: string }
  | { kind: 'reanchor'; annotations: AnchoredAnnotation<string>[]; text: string }
  | { kind: 'project-agreement'; articles: ProjectArticle[] };

export type PreparedPage = { prepared: PreparedArticle; readable: Omit<ReadableArticle, 'contentHtml'> };

export type ArticleJobResult<Job extends ArticleJob> = Job extends { kind: 'prepare' }
  ? PreparedArticle
  : Job extends { kind: 'prepare-page' }
    ? PreparedPage
    : Job extends { kind: 'reanchor' }
      ? ReanchorReport<string>
      : ProjectAgreement;

export function runArticleJob<Job extends ArticleJob>(job: Job): ArticleJobResult<Job> {
  return run(job) as ArticleJobResult<Job>;
}

function run(job: ArticleJob): PreparedArticle | PreparedPage | ReanchorReport<string> | ProjectAgreement {
  switch (job.kind) {
    case 'prepare':
      return prepareArticle(job.source);
    case 'prepare-page': {
      const { contentHtml, ...readable } = extractReadable(job.html, job.url);
      return { prepared: prepareArticle({ title: job.title ?? readable.title ?? undefined, html: contentHtml }), readable };
    }
    case 'reanchor':
      return reanchorAll(job.annotations, job.text);
    case 'project-agreement':
      return computeProjectAgreement(job.articles);
  }
}
