// W3C Web Annotation Data Model (JSON-LD) for one annotation: the label as a
// tagging body, the rationale as a commenting body, each evidence link as a
// linking body, and the span as a TextPositionSelector plus a
// TextQuoteSelector on the article. https://www.w3.org/TR/annotation-model/
//
// Choices the Recommendation leaves open, and why:
// - motivation "classifying": the annotation sorts a span into claim /
//   opinion / unsupported; the bodies carry their own purposes.
// - Evidence is an External Web Resource, which cannot carry a purpose itself
//   (§4.1), so each link is a SpecificResource with purpose "linking" whose
//   source is the page (its title as rdfs:label, the context's `label`).
// - The rationale is plain text (format text/plain) even when it looks like
//   HTML, so clients show it rather than render it.
// - Positions count code points, as §4.2.4 requires; we store UTF-16, so the
//   serialiser needs the text the offsets refer to. An orphaned annotation,
//   or one whose quote does not match that text, gets only its quote: a
//   position we cannot vouch for would anchor a client in the wrong place.
// - The creator's IRI is urn:uuid:<user id>: a stable identity that does not
//   pretend to be a page anyone can fetch.
// - canonical and via (§3.3.6) appear only when a client gave them (Protocol
//   §5.1: a canonical IRI is kept as sent, the client's own id becomes a via);
//   via is one IRI as a string and several as an array, as JSON-LD compacts it.
import { indexCodePoints, type CodePointIndex } from './code-points';
import type { ExportAnnotation } from './export-types';
import type { TextQuoteSelectorJson, WebAnnotation, WebAnnotationAgent, WebAnnotationBody, WebAnnotationItem, WebAnnotationTarget } from './web-annotation-json';
import { ANNO_CONTEXT } from './web-annotation-vocabulary';

export * from './web-annotation-json';
export * from './web-annotation-vocabulary';
export { annotationCollection, annotationPage, pageIri } from './web-annotation-collection';
export type { AnnotationCollectionJson, AnnotationPageJson } from './web-annotation-collection';
export { parseWebAnnotation } from './parse-web-annotation';
export type { ParsedWebAnnotation, ParseWebAnnotationResult } from './parse-web-annotation';

export type WebAnnotationOptions = {
  /** The canonical text of the revision the annotation's offsets refer to (the article's current text, unless orphaned). */
  text: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A few recent texts' indexes: an export serialises batches of annotations
// against a handful of articles, so each article is scanned once per batch at
// most instead of once per annotation. Small, so it never holds many texts.
const RECENT_TEXTS = 8;
const recentIndexes = new Map<string, CodePointIndex>();
function codePointsOf(text: string): CodePointIndex {
  let index = recentIndexes.get(text);
  if (index) {
    recentIndexes.delete(text);
  } else {
    index = indexCodePoints(text);
    if (recentIndexes.size >= RECENT_TEXTS) recentIndexes.delete(recentIndexes.keys().next().value!);
  }
  recentIndexes.set(text, index);
  return index;
}

// Already in the form toISOString writes (what the database layer hands over): parsing and
// re-printing it was a tenth of a 100k-annotation export.
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** xsd:dateTime in UTC with "Z", which the Recommendation requires for created/modified. */
function utcDateTime(value: string): string {
  return ISO_UTC.test(value) ? value : new Date(value).toISOString();
}

function creatorOf(reviewer: ExportAnnotation['reviewer']): WebAnnotationAgent {
  return UUID.test(reviewer.id)
    ? { id: `urn:uuid:${reviewer.id.toLowerCase()}`, type: 'Person', name: reviewer.name }
    : { type: 'Person', name: reviewer.name };
}

function bodiesOf(annotation: ExportAnnotation): WebAnnotationBody[] {
  const bodies: WebAnnotationBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: annotation.label }];
  if (annotation.rationale.trim() !== '') bodies.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.rationale, format: 'text/plain' });
  for (const evidence of annotation.evidence) {
    bodies.push({ type: 'SpecificResource', purpose: 'linking', source: evidence.title ? { id: evidence.url, label: evidence.title } : { id: evidence.url } });
  }
  return bodies;
}

function selectorsOf(annotation: ExportAnnotation, text: string): WebAnnotationTarget['selector'] {
  const quote: TextQuoteSelectorJson = { type: 'TextQuoteSelector', exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix };
  const positionHolds = annotation.anchorState !== 'orphaned' && text.slice(annotation.start, annotation.end) === annotation.exact;
  if (!positionHolds) return [quote];
  const index = codePointsOf(text);
  return [{ type: 'TextPositionSelector', start: index.toCodePoint(annotation.start), end: index.toCodePoint(annotation.end) }, quote];
}

export function toWebAnnotationItem(annotation: ExportAnnotation, options: WebAnnotationOptions): WebAnnotationItem {
  const item: WebAnnotationItem = {
    id: annotation.iri,
    type: 'Annotation',
    motivation: 'classifying',
    created: utcDateTime(annotation.createdAt),
    modified: utcDateTime(annotation.updatedAt),
    creator: creatorOf(annotation.reviewer),
    body: bodiesOf(annotation),
    target: { type: 'SpecificResource', source: annotation.articleUrl, selector: selectorsOf(annotation, options.text) },
  };
  // Assigned rather than spread: this runs for every row of a 100k export.
  if (annotation.canonical !== null) item.canonical = annotation.canonical;
  if (annotation.via.length > 0) item.via = annotation.via.length === 1 ? annotation.via[0] : [...annotation.via];
  return item;
}

/** A standalone annotation document, e.g. the response to GET /annotations/<id>. */
export function toWebAnnotation(annotation: ExportAnnotation, options: WebAnnotationOptions): WebAnnotation {
  return { '@context': ANNO_CONTEXT, ...toWebAnnotationItem(annotation, options) };
}
