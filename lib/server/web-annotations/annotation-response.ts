import 'server-only';
// One annotation as the Protocol serves it (§3): the standalone JSON-LD
// document at its own IRI, with the Link type header and an ETag that
// If-Match on PUT and DELETE is compared with.
import { toWebAnnotation } from '../../exports/web-annotation';
import type { WebAnnotationRecord } from '../data/web-annotations/web-annotation-record';
import { currentEntityTags } from './entity-tags';
import type { ServedMediaType } from './negotiate-media-type';
import { ProtocolRefusal } from './protocol-refusal';
import { ANNOTATION_HEADERS, representationResponse } from './protocol-response';

export function annotationDocument(record: WebAnnotationRecord): string {
  return JSON.stringify(toWebAnnotation(record.annotation, { text: record.text }));
}

/** The ETags the annotation has now, in each media type it is served as. */
export function annotationEntityTags(record: WebAnnotationRecord): string[] {
  return currentEntityTags(annotationDocument(record));
}

export function annotationResponse(request: Request, record: WebAnnotationRecord, contentType: ServedMediaType, extra: { status?: 200 | 201; headers?: Record<string, string> } = {}): Response {
  const json = toWebAnnotation(record.annotation, { text: record.text });
  return representationResponse(request, { json, contentType, status: extra.status, headers: { ...ANNOTATION_HEADERS, ...extra.headers } });
}

export function goneRefusal(): ProtocolRefusal {
  return new ProtocolRefusal(410, 'This annotation was deleted. It can be restored in the workbench.');
}
