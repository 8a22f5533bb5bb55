import 'server-only';
// The query of a container request, and the IRIs of the view it selects:
//   /annotations/                         every annotation the actor may see
//   /annotations/?article=<id>            one article's
//   /annotations/?target=<article URL>    the articles that address names
//   &pageSize=N (1–500, default 100), &iris=1 (pages list IRIs), &page=N (0-based)
// The view's IRI keeps every choice but the page, so the pages a client
// follows (first, next, last, partOf) stay in the view it asked for. Any other
// parameter is refused, so the list (lib/validation/container-query.ts, which
// the OpenAPI document describes) is exactly what is read.
import { AppError } from '../../errors';
import { resolveUnder } from '../../exports/export-records';
import { CONTAINER_QUERY_PARAMETERS, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../validation/container-query';
import type { WebAnnotationFilter } from '../data/web-annotations/web-annotation-scope';

const KNOWN = new Set(Object.keys(CONTAINER_QUERY_PARAMETERS));

export type ContainerQuery = {
  filter: WebAnnotationFilter;
  /** The requested page (0-based), or null for the container itself. */
  page: number | null;
  pageSize: number;
  /** `iris=1` in the query (the IRI form of the pages). */
  iris: boolean;
};

function wholeNumber(raw: string, name: string, min: number, max: number): number {
  const value = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) throw new AppError('bad_request', `${name} must be a whole number from ${min} to ${max.toLocaleString('en')}, not "${raw.slice(0, 40)}".`);
  return value;
}

export function parseContainerQuery(request: Request): ContainerQuery {
  const params = new URL(request.url).searchParams;
  for (const name of params.keys()) {
    if (!KNOWN.has(name)) throw new AppError('bad_request', `The container has no parameter "${name.slice(0, 40)}"; it takes ${[...KNOWN].join(', ')}.`);
    if (params.getAll(name).length > 1) throw new AppError('bad_request', `Give ${name} once.`);
  }
  const article = params.get('article');
  const target = params.get('target');
  if (article !== null && target !== null) throw new AppError('bad_request', 'Filter by article or by target, not both.');
  if (article === '' || target === '') throw new AppError('bad_request', `${article === '' ? 'article' : 'target'} must not be empty.`);
  const iris = params.get('iris');
  if (iris !== null && iris !== '0' && iris !== '1') throw new AppError('bad_request', 'iris must be 1 (pages list annotation IRIs) or 0 (full annotations).');
  const page = params.get('page');
  const pageSize = params.get('pageSize');
  return {
    filter: article !== null ? { article } : target !== null ? { target } : {},
    page: page === null ? null : wholeNumber(page, 'page', 0, 1_000_000_000),
    pageSize: pageSize === null ? DEFAULT_PAGE_SIZE : wholeNumber(pageSize, 'pageSize', 1, MAX_PAGE_SIZE),
    iris: iris === '1',
  };
}

/** The container's IRI: `<base>annotations/`, with the trailing slash the Protocol requires. */
export function containerIri(baseUrl: string): string {
  return resolveUnder(baseUrl, 'annotations/');
}

/** The IRI of the view (filter, page size, IRI form) without a page. */
export function viewIri(baseUrl: string, query: Pick<ContainerQuery, 'filter' | 'pageSize'>, iris: boolean): string {
  const url = new URL(containerIri(baseUrl));
  if (query.filter.article !== undefined) url.searchParams.set('article', query.filter.article);
  if (query.filter.target !== undefined) url.searchParams.set('target', query.filter.target);
  if (query.pageSize !== DEFAULT_PAGE_SIZE) url.searchParams.set('pageSize', String(query.pageSize));
  if (iris) url.searchParams.set('iris', '1');
  return url.href;
}
