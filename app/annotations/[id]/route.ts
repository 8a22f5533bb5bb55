// One annotation of the W3C Web Annotation Protocol container, at
// /annotations/<id> (its IRI): GET/HEAD/OPTIONS to read it, PUT with If-Match
// to change its label, rationale or evidence, DELETE to delete it.
import { requireActor } from '@/lib/server/guards';
import { deleteWebAnnotation } from '@/lib/server/web-annotations/delete-web-annotation';
import { protocolRoute } from '@/lib/server/web-annotations/protocol-refusal';
import { replaceWebAnnotation } from '@/lib/server/web-annotations/replace-web-annotation';
import { ANNOTATION_HEADERS, optionsResponse } from '@/lib/server/web-annotations/protocol-response';
import { serveAnnotation } from '@/lib/server/web-annotations/serve-annotation';

type Context = { params: Promise<{ id: string }> };

export const GET = protocolRoute<Context>(async (request, { params }) => serveAnnotation(request, await requireActor('articles:read'), (await params).id));

export const HEAD = GET;

/** What an annotation resource allows; the same for every id, so it needs no sign-in and reveals nothing. */
export const OPTIONS = protocolRoute(async () => optionsResponse(ANNOTATION_HEADERS));

export const PUT = protocolRoute<Context>(async (request, { params }) => replaceWebAnnotation(request, await requireActor('annotations:write'), (await params).id));

export const DELETE = protocolRoute<Context>(async (request, { params }) => deleteWebAnnotation(request, await requireActor('annotations:write'), (await params).id));
