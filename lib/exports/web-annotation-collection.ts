// The W3C Web Annotation Protocol's container views: an AnnotationCollection
// (also an LDP BasicContainer) that says how many annotations there are and
// where the pages are, and AnnotationPages that list them, linked by
// next/prev. https://www.w3.org/TR/annotation-protocol/#container-retrieval
//
// Paging is by position (page n holds items n·size … n·size+size−1), so the
// server queries with OFFSET/LIMIT in a stable order and never holds more
// than a page. The Model requires every page to have at least one item, so an
// empty collection has no pages and a request for one should be a 404.
import { omitKeys } from './omit-keys';
import type { WebAnnotation, WebAnnotationItem } from './web-annotation-json';
import { PROTOCOL_CONTEXT } from './web-annotation-vocabulary';

export type CollectionSummary = { id: string; label?: string; total: number };

export type AnnotationPageJson = {
  '@context'?: typeof PROTOCOL_CONTEXT;
  id: string;
  type: 'AnnotationPage';
  partOf: CollectionSummary;
  startIndex: number;
  prev?: string;
  next?: string;
  /** Full annotations (PreferContainedDescriptions) or their IRIs (PreferContainedIRIs). */
  items: (WebAnnotationItem | string)[];
};

export type AnnotationCollectionJson = {
  '@context': typeof PROTOCOL_CONTEXT;
  id: string;
  type: ['BasicContainer', 'AnnotationCollection'];
  label: string;
  total: number;
  modified?: string;
  first?: string | AnnotationPageJson;
  last?: string;
};

export type Paging = {
  pageSize: number;
  /** IRI of page n; default: the collection IRI with `page=n` in its query. */
  pageIri?: (page: number) => string;
};

/** The collection IRI with its `page` query parameter set to `page` (other parameters kept). */
export function pageIri(collectionId: string, page: number): string {
  const url = new URL(collectionId);
  url.searchParams.set('page', String(page));
  return url.href;
}

function pageCount(total: number, pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  return Math.ceil(total / pageSize);
}

export function annotationCollection(options: CollectionSummary & Paging & { label: string; modified?: string; firstPage?: AnnotationPageJson }): AnnotationCollectionJson {
  const pages = pageCount(options.total, options.pageSize);
  const iriOf = options.pageIri ?? ((page: number) => pageIri(options.id, page));
  const collection: AnnotationCollectionJson = {
    '@context': PROTOCOL_CONTEXT,
    id: options.id,
    type: ['BasicContainer', 'AnnotationCollection'],
    label: options.label,
    total: options.total,
  };
  if (options.modified !== undefined) collection.modified = new Date(options.modified).toISOString();
  if (pages > 0) {
    // An embedded first page sits inside the collection's context, so it drops its own (Model §5.2: SHOULD NOT repeat it).
    collection.first = options.firstPage ? omitKeys(options.firstPage, ['@context']) : iriOf(0);
    collection.last = iriOf(pages - 1);
  }
  return collection;
}

function withoutContext(item: WebAnnotation | WebAnnotationItem | string): WebAnnotationItem | string {
  if (typeof item === 'string') return item;
  return '@context' in item ? omitKeys(item, ['@context']) : item;
}

/**
 * Page `page` (0-based) of `collection`, holding `items` — the annotations at
 * positions page·pageSize onwards. Throws a RangeError for a page that cannot
 * exist (beyond the last, or with no items), which the server maps to 404.
 */
export function annotationPage(
  options: Paging & { collection: CollectionSummary; page: number; items: readonly (WebAnnotation | WebAnnotationItem | string)[] },
): AnnotationPageJson {
  const { collection, page, items, pageSize } = options;
  const pages = pageCount(collection.total, pageSize);
  if (!Number.isInteger(page) || page < 0 || page >= pages) throw new RangeError(`Page ${page} does not exist; the collection has ${pages} page(s)`);
  if (items.length === 0 || items.length > pageSize) throw new RangeError(`A page holds 1 to ${pageSize} annotations, got ${items.length}`);
  const iriOf = options.pageIri ?? ((n: number) => pageIri(collection.id, n));
  const partOf: CollectionSummary = collection.label === undefined ? { id: collection.id, total: collection.total } : { id: collection.id, label: collection.label, total: collection.total };
  return {
    '@context': PROTOCOL_CONTEXT,
    id: iriOf(page),
    type: 'AnnotationPage',
    partOf,
    startIndex: page * pageSize,
    ...(page > 0 ? { prev: iriOf(page - 1) } : {}),
    ...(page < pages - 1 ? { next: iriOf(page + 1) } : {}),
    items: items.map(withoutContext),
  };
}
