import 'server-only';
// The headers every Web Annotation Protocol response carries, and the one way
// a representation is sent: serialised once, tagged with a strong ETag,
// answered 304 when the client's If-None-Match already has it, without a body
// for HEAD. Representations depend on who asks (blind review), so shared
// caches may not keep them and private ones must revalidate.
import { ANNOTATION_LINK_HEADER, CONTAINER_LINK_HEADER, WEB_ANNOTATION_MEDIA_TYPE } from '../../exports/web-annotation';
import { entityTag, matchesIfNoneMatch } from './entity-tags';
import type { ServedMediaType } from './negotiate-media-type';

export const CONTAINER_ALLOW = 'GET, HEAD, OPTIONS, POST';
export const PAGE_ALLOW = 'GET, HEAD, OPTIONS';
export const ANNOTATION_ALLOW = 'GET, HEAD, OPTIONS, PUT, DELETE';
export const ACCEPT_POST = `${WEB_ANNOTATION_MEDIA_TYPE}, application/ld+json, application/json`;

/** Headers of the container (GET, HEAD, OPTIONS). */
export const CONTAINER_HEADERS: Readonly<Record<string, string>> = { Allow: CONTAINER_ALLOW, Link: CONTAINER_LINK_HEADER, 'Accept-Post': ACCEPT_POST, Vary: 'Accept, Prefer' };
/** Headers of a page of the container. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = { Allow: PAGE_ALLOW, Vary: 'Accept, Prefer' };
/** Headers of one annotation. */
export const ANNOTATION_HEADERS: Readonly<Record<string, string>> = { Allow: ANNOTATION_ALLOW, Link: ANNOTATION_LINK_HEADER, Vary: 'Accept' };

export type Representation = {
  json: unknown;
  contentType: ServedMediaType;
  headers: Readonly<Record<string, string>>;
  status?: 200 | 201;
};

export function representationResponse(request: Request, representation: Representation): Response {
  const body = JSON.stringify(representation.json);
  const status = representation.status ?? 200;
  const headers: Record<string, string> = { ...representation.headers, ETag: entityTag(body, representation.contentType), 'Cache-Control': 'private, no-cache' };
  const safe = request.method === 'GET' || request.method === 'HEAD';
  if (safe && status === 200 && matchesIfNoneMatch(request.headers.get('if-none-match'), headers.ETag!)) return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : body, { status, headers: { 'Content-Type': representation.contentType, ...headers } });
}

/** An OPTIONS answer: the resource's headers, no body. */
export function optionsResponse(headers: Readonly<Record<string, string>>): Response {
  return new Response(null, { status: 200, headers: { ...headers, 'Cache-Control': 'private, no-cache' } });
}
