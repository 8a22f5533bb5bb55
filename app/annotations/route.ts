// The W3C Web Annotation Protocol container, at /annotations/ (the trailing
// slash is the container's IRI; next.config.js serves it without the usual
// redirect). GET/HEAD: the AnnotationCollection, or `?page=N` of it;
// `?article=<id>` or `?target=<article URL>` for one article's view.
// POST: create an annotation. Signed-in users or `Authorization: Bearer` tokens.
import { requireActor } from '@/lib/server/guards';
import { createWebAnnotation } from '@/lib/server/web-annotations/create-web-annotation';
import { protocolRoute } from '@/lib/server/web-annotations/protocol-refusal';
import { CONTAINER_HEADERS, optionsResponse } from '@/lib/server/web-annotations/protocol-response';
import { serveContainer } from '@/lib/server/web-annotations/serve-container';

export const GET = protocolRoute(async (request) => serveContainer(request, await requireActor('articles:read')));

export const HEAD = GET;

/** Discovery: what the container is and accepts; the same for everyone, so no sign-in needed. */
export const OPTIONS = protocolRoute(async () => optionsResponse(CONTAINER_HEADERS));

export const POST = protocolRoute(async (request) => createWebAnnotation(request, await requireActor('annotations:write')));
