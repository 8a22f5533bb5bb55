// The query parameters of the W3C Web Annotation container (/annotations/):
// the one list that lib/server/web-annotations/container-query.ts reads (and
// refuses anything else) and the OpenAPI document describes.
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export const CONTAINER_QUERY_PARAMETERS = {
  article: "One article's view: the article id (UUID). Not with target.",
  target: 'The view of the article(s) an address names: a public article URL, or its workbench URL. Not with article.',
  page: 'A page of the view, 0-based: answers that AnnotationPage instead of the collection.',
  pageSize: `Annotations per page, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  iris: '1: pages list annotation IRIs instead of whole annotations (as Prefer: return=representation; include="http://www.w3.org/ns/oa#PreferContainedIRIs"); 0: whole annotations.',
} as const;

export type ContainerQueryParameter = keyof typeof CONTAINER_QUERY_PARAMETERS;
