import 'server-only';
// GET/HEAD of one annotation at its IRI. Blind review applies as
// in the workbench: another reviewer's annotation is 404 until the actor has
// submitted their own review of the article; an annotation its author
// deleted is 410 to them.
import { loadWebAnnotation } from '../data/web-annotations/load-web-annotation';
import type { Authorized } from '../guards';
import { publicBaseUrl } from '../http/public-base-url';
import { annotationResponse, goneRefusal } from './annotation-response';
import { negotiateMediaType } from './negotiate-media-type';

export async function serveAnnotation(request: Request, actor: Authorized<'articles:read'>, annotationId: string): Promise<Response> {
  const contentType = negotiateMediaType(request.headers.get('accept'));
  const loaded = await loadWebAnnotation(actor, annotationId, publicBaseUrl(request));
  if (loaded.state === 'deleted') throw goneRefusal();
  return annotationResponse(request, loaded, contentType);
}
