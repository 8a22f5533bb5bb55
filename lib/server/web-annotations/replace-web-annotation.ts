import 'server-only';
// PUT of an annotation (Protocol §4.2): the whole new annotation, sent with
// If-Match set to the ETag the client last saw (428 without it, 412 when it
// is stale). The tag is checked against the current representation, and the
// version that representation was made from is what updateAnnotation is
// asked to change, so a change committed in between still fails (412)
// rather than being overwritten. Only the label, the rationale and the
// evidence can change here; moving an annotation to another passage is
// re-attaching, which the workbench does with the reviewer looking at the text.
// canonical and via may be set where there were none and are kept when left
// out; naming others is a 409 (Protocol §5.3; identityOnReplace).
import { AppError, isAppError } from '../../errors';
import { addressVariants } from '../../exports/article-addresses';
import { toExportAnnotation, workbenchArticleUrl } from '../../exports/export-records';
import type { ParsedWebAnnotation } from '../../exports/web-annotation';
import { identityOnReplace } from '../../exports/web-annotation-identity';
import { ZUpdateAnnotation } from '../../validation/annotations';
import { parseInput } from '../../validation/parse-input';
import { updateAnnotation } from '../data/annotations/update-annotation';
import { precheckAnnotationsWritable } from '../data/annotations/annotation-freeze';
import { loadWebAnnotation } from '../data/web-annotations/load-web-annotation';
import type { WebAnnotationRecord } from '../data/web-annotations/web-annotation-record';
import { type Authorized, authorizeAnnotationChange } from '../guards';
import { publicBaseUrl } from '../http/public-base-url';
import { readJson } from '../http/route';
import { annotationEntityTags, annotationResponse, goneRefusal } from './annotation-response';
import { assertIfMatch } from './entity-tags';
import { MAX_ANNOTATION_BYTES, keepEvidenceTypes, readAnnotationAgainst } from './incoming-annotation';
import { negotiateMediaType } from './negotiate-media-type';
import { ProtocolRefusal } from './protocol-refusal';

function assertSameTarget(parsed: ParsedWebAnnotation, current: WebAnnotationRecord, baseUrl: string): void {
  const { annotation } = current;
  const workbench = workbenchArticleUrl(baseUrl, annotation.articleId);
  const sources = new Set([...addressVariants(annotation.articleUrl), workbench]);
  const sameSource = addressVariants(parsed.source).some((source) => sources.has(source));
  if (sameSource && parsed.start === annotation.start && parsed.end === annotation.end) return;
  throw new AppError(
    'bad_request',
    `The target is not the passage this annotation is on ("${annotation.exact.slice(0, 80)}"). A PUT can change the label, rationale and evidence only; re-attach the annotation to another passage in the workbench (${workbench}), or POST a new annotation.`,
  );
}

export async function replaceWebAnnotation(request: Request, actor: Authorized<'annotations:write'>, annotationId: string): Promise<Response> {
  const contentType = negotiateMediaType(request.headers.get('accept'));
  const baseUrl = publicBaseUrl(request);
  const current = await loadWebAnnotation(actor, annotationId, baseUrl);
  if (current.state === 'deleted') throw goneRefusal();
  authorizeAnnotationChange(actor, current);
  await precheckAnnotationsWritable(actor, current.annotation.articleId);
  assertIfMatch(request.headers.get('if-match'), annotationEntityTags(current), { required: true });
  const parsed = readAnnotationAgainst(await readJson(request, MAX_ANNOTATION_BYTES), current.text);
  assertSameTarget(parsed, current, baseUrl);
  // Checked here as well as under the row lock, where a refusal would read as a stale If-Match (412).
  const kept = identityOnReplace(current.annotation, parsed);
  if (!kept.ok) throw new AppError('conflict', kept.message);
  const change = parseInput(ZUpdateAnnotation, {
    version: current.version,
    label: parsed.label,
    rationale: parsed.rationale,
    evidence: keepEvidenceTypes(parsed.evidence, current.annotation.evidence),
  });
  const view = await updateAnnotation(actor, annotationId, change, parsed).catch((error: unknown) => {
    // Changed or deleted between our read and the write: the If-Match the client sent no longer holds.
    if (isAppError(error) && error.code === 'conflict') throw new ProtocolRefusal(412, `${error.message} (If-Match no longer holds.)`);
    throw error;
  });
  const { articleId, articleTitle, articleUrl } = current.annotation;
  const annotation = toExportAnnotation(view, { id: articleId, title: articleTitle, url: articleUrl }, baseUrl);
  return annotationResponse(request, { annotation, text: current.text }, contentType);
}
