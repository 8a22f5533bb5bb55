// Request bodies for annotations, as the workbench and a W3C client send them.
import type { Json } from './route-client';

/** Offsets of the first occurrence of `exact` in `text` at or after `from` (an error when it is not there). */
export function spanOf(text: string, exact: string, from = 0): { start: number; end: number; exact: string } {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`not in the text: ${exact}`);
  return { start, end: start + exact.length, exact };
}

export type WebAnnotationParts = {
  /** A commenting body (the rationale). */
  comment?: string;
  /** More bodies after the label and comment (evidence links). */
  evidence?: unknown[];
  /** `classifying` unless given; null leaves it out, as some clients do. */
  motivation?: string | null;
};

/** A W3C Web Annotation of the first occurrence of `exact` in `text` (on `source`): the label as a tagging body, selected by position and quote. */
export function webAnnotation(source: string, text: string, exact: string, label = 'claim', parts: WebAnnotationParts = {}): Json {
  const { start, end } = spanOf(text, exact);
  const body: unknown[] = [{ type: 'TextualBody', purpose: 'tagging', value: label }];
  if (parts.comment !== undefined) body.push({ type: 'TextualBody', purpose: 'commenting', value: parts.comment, format: 'text/plain' });
  body.push(...(parts.evidence ?? []));
  const motivation = parts.motivation === undefined ? 'classifying' : parts.motivation;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    ...(motivation === null ? {} : { motivation }),
    body,
    target: { type: 'SpecificResource', source, selector: [{ type: 'TextPositionSelector', start, end }, { type: 'TextQuoteSelector', exact }] },
  };
}
