import 'server-only';
// DELETE of an annotation (Protocol §4.3): a soft delete by its author, as in
// the workbench (it stays in the history and can be restored there), then
// 204. If-Match is optional; when sent it must name the current
// representation, and the delete is made conditional on that version.
import { isAppError } from '../../errors';
import { setAnnotationDeleted } from '../data/annotations/set-annotation-deleted';
import { precheckAnnotationsWritable } from '../data/annotations/annotation-freeze';
import { loadWebAnnotation } from '../data/web-annotations/load-web-annotation';
import { type Authorized, authorizeAnnotationChange } from '../guards';
import { publicBaseUrl } from '../http/public-base-url';
import { annotationEntityTags, goneRefusal } from './annotation-response';
import { assertIfMatch } from './entity-tags';
import { ProtocolRefusal } from './protocol-refusal';

export async function deleteWebAnnotation(request: Request, actor: Authorized<'annotations:write'>, annotationId: string): Promise<Response> {
  const current = await loadWebAnnotation(actor, annotationId, publicBaseUrl(request));
  if (current.state === 'deleted') throw goneRefusal();
  authorizeAnnotationChange(actor, current);
  await precheckAnnotationsWritable(actor, current.annotation.articleId);
  const conditional = assertIfMatch(request.headers.get('if-match'), annotationEntityTags(current), { required: false });
  try {
    await setAnnotationDeleted(actor, annotationId, true, conditional ? current.version : undefined);
  } catch (error) {
    if (conditional && isAppError(error) && error.code === 'conflict') throw new ProtocolRefusal(412, `${error.message} (If-Match no longer holds.)`);
    throw error;
  }
  return new Response(null, { status: 204 });
}
