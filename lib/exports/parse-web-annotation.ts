// Reads a W3C Web Annotation sent by a standard client (Protocol POST/PUT)
// into what createAnnotation takes. Accepted: one tagging TextualBody whose
// value is claim, opinion or unsupported; commenting (or describing, or
// purpose-less) TextualBodies or bodyValue as the rationale; linking
// SpecificResources, External Web Resources or IRIs as evidence; one target
// with a TextPositionSelector and/or a TextQuoteSelector.
//
// Positions are code points by the Recommendation, and are read that way
// first. Many clients send UTF-16 offsets (what DOM ranges count), so when the
// quote disagrees with the code-point reading but agrees with the UTF-16 one,
// that one is taken; the two differ only after an emoji. With a quote alone,
// or positions that fit neither reading, the quote is looked up in the text
// (its prefix and suffix deciding between repeats); an ambiguous or missing
// quote is refused rather than guessed. The lookup is exact only (no
// approximate matching: a client that quotes text the article no longer has
// is told so), linear in the text and quote whatever they are (see
// lib/anchoring/find-occurrences.ts), and refused for quotes with context
// longer than MAX_QUOTE_LOOKUP_LENGTH.
//
// The annotation's own identities are read too (Data Model §3.3.6): its id,
// canonical (at most one IRI) and via (any number), each an absolute IRI, so
// the server can keep them as the Protocol asks (§5.1, §5.3).
//
// Anything else is refused with a message saying what to send instead,
// rather than dropped: a PUT that silently lost part of a body would lose it
// for good.
import { findExactOccurrences } from '../anchoring/match-exact';
import { validateSpan } from '../anchoring/selectors';
import type { AnnotationFields, Evidence } from '../views/annotation-views';
import { LABELS, type Label, inWords } from '../vocabulary';
import { indexCodePoints } from './code-points';
import { ABSOLUTE_IRI, ANNO_CONTEXT } from './web-annotation-vocabulary';

/**
 * The annotation's fields as the client sent them, checked: `start` and `end`
 * are UTF-16 offsets into `text`, checked against it; `canonical` is the IRI
 * the client sent, or null; `via` the IRIs it sent, in order, without repeats.
 */
export type ParsedWebAnnotation = Pick<AnnotationFields, 'label' | 'start' | 'end' | 'exact' | 'rationale' | 'evidence' | 'canonical' | 'via'> & {
  /** The target's source IRI, for the server to check it names the article posted to. */
  source: string;
  /** The id the client sent (its own IRI for the annotation), or null. */
  id: string | null;
};

export type ParseWebAnnotationResult = { ok: true; annotation: ParsedWebAnnotation } | { ok: false; message: string };

type Json = Record<string, unknown>;
type Span = { start: number; end: number };
type Quote = { exact: string; prefix: string; suffix: string };

class Refusal extends Error {}

/**
 * Longest quote (exact + prefix + suffix, UTF-16 code units) looked up in the
 * text when the positions do not locate it: several pages of text. The search
 * is linear, so this bounds its memory and time per request (the article
 * text is at most 500,000 characters); a client selecting more sends a
 * TextPositionSelector, which is checked in constant time.
 */
export const MAX_QUOTE_LOOKUP_LENGTH = 20_000;
/** Occurrences counted for the refusal message; beyond it the count is "more than". */
const COUNTED_OCCURRENCES = 100;

const ANNO_CONTEXTS = new Set([ANNO_CONTEXT, 'https://www.w3.org/ns/anno.jsonld']);
export const MAX_IRI_CHARS = 2048;
export const MAX_VIA_IRIS = 20;
const COMMENT_PURPOSES = new Set(['commenting', 'describing']);

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON-LD lets any property be one value or an array of them. */
function many(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function strings(value: unknown): string[] {
  return many(value).filter((item): item is string => typeof item === 'string');
}

function refuse(message: string): never {
  throw new Refusal(message);
}

function firstString(value: unknown): string | undefined {
  return strings(value)[0];
}

function evidenceOf(url: unknown, title: unknown, where: string): Evidence {
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/i.test(url) || !URL.canParse(url)) {
    refuse(`${where}: evidence must be a full http:// or https:// address${typeof url === 'string' ? `, not "${url}"` : ''}.`);
  }
  const label = firstString(title)?.trim();
  return label ? { url, title: label } : { url };
}

function iriOf(value: unknown, name: string): string {
  if (typeof value !== 'string' || !ABSOLUTE_IRI.test(value)) refuse(`"${name}" must be an absolute IRI (such as urn:uuid:… or https://…)${typeof value === 'string' ? `, not "${value.slice(0, 80)}"` : ''}.`);
  if (value.length > MAX_IRI_CHARS) refuse(`"${name}" is too long (at most ${MAX_IRI_CHARS.toLocaleString('en')} characters).`);
  return value;
}

type Identities = { id: string | null; canonical: string | null; via: string[] };

function readIdentities(annotation: Json): Identities {
  if (Array.isArray(annotation.id)) refuse('An annotation has one "id", not several.');
  if (Array.isArray(annotation.canonical)) refuse('An annotation has at most one "canonical" IRI (Web Annotation Data Model §3.3.6), not several.');
  const via = [...new Set(many(annotation.via).map((value) => iriOf(value, 'via')))];
  if (via.length > MAX_VIA_IRIS) refuse(`At most ${MAX_VIA_IRIS} "via" IRIs.`);
  return {
    id: annotation.id === undefined || annotation.id === null ? null : iriOf(annotation.id, 'id'),
    canonical: annotation.canonical === undefined || annotation.canonical === null ? null : iriOf(annotation.canonical, 'canonical'),
    via,
  };
}

type Bodies = { labels: Label[]; comments: string[]; evidence: Evidence[] };

function readTextualBody(body: Json, where: string, into: Bodies): void {
  if (typeof body.value !== 'string') refuse(`${where}: a TextualBody needs a string "value".`);
  const purposes = strings(body.purpose);
  if (purposes.includes('tagging')) {
    const label = body.value.trim().toLowerCase();
    if (!(LABELS as readonly string[]).includes(label)) refuse(`${where}: the tag "${body.value}" is not a label; tag the passage ${inWords(LABELS)}.`);
    into.labels.push(label as Label);
    return;
  }
  const unsupported = purposes.filter((purpose) => !COMMENT_PURPOSES.has(purpose));
  if (unsupported.length > 0) refuse(`${where}: purpose "${unsupported[0]}" is not supported; use "tagging" for the label and "commenting" for the rationale.`);
  const format = firstString(body.format);
  if (format !== undefined && format !== 'text/plain') refuse(`${where}: send the rationale as plain text (format "text/plain"), not ${format}.`);
  into.comments.push(body.value);
}

function readResourceBody(body: Json, where: string, into: Bodies): void {
  const purposes = strings(body.purpose);
  if (purposes.some((purpose) => purpose !== 'linking')) refuse(`${where}: a linked resource is read as evidence and may only have purpose "linking".`);
  const source = body.source;
  if (isRecord(source)) into.evidence.push(evidenceOf(source.id, source.label ?? body.label, where));
  else into.evidence.push(evidenceOf(source, body.label, where));
}

function readBodies(annotation: Json): Bodies {
  const into: Bodies = { labels: [], comments: [], evidence: [] };
  if (annotation.bodyValue !== undefined) {
    if (annotation.body !== undefined) refuse('Send either "body" or "bodyValue", not both.');
    if (typeof annotation.bodyValue !== 'string') refuse('"bodyValue" must be a string.');
    into.comments.push(annotation.bodyValue);
  }
  many(annotation.body).forEach((body, index) => {
    const where = `body ${index + 1}`;
    if (typeof body === 'string') return void into.evidence.push(evidenceOf(body, undefined, where));
    if (!isRecord(body)) refuse(`${where}: a body must be an object or an IRI.`);
    const types = strings(body.type);
    if (types.includes('TextualBody') || (types.length === 0 && body.value !== undefined && body.source === undefined && body.id === undefined)) return readTextualBody(body, where, into);
    if (types.includes('SpecificResource') || body.source !== undefined) return readResourceBody(body, where, into);
    if (types.includes('Choice')) refuse(`${where}: Choice bodies are not supported; send the label, rationale and evidence as separate bodies.`);
    if (typeof body.id === 'string') return void into.evidence.push(evidenceOf(body.id, body.label, where));
    refuse(`${where}: not a TextualBody, a SpecificResource or a web resource with an "id".`);
  });
  return into;
}

function readSelectors(target: Json): { position: Span | null; quote: Quote | null } {
  const selectors = many(target.selector).filter(isRecord);
  const position = selectors.find((selector) => strings(selector.type).includes('TextPositionSelector'));
  const quote = selectors.find((selector) => strings(selector.type).includes('TextQuoteSelector'));
  if (!position && !quote) refuse('Select text: the target needs a TextQuoteSelector or a TextPositionSelector.');
  let span: Span | null = null;
  if (position) {
    const { start, end } = position;
    if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < 0) {
      refuse('TextPositionSelector: "start" and "end" must be non-negative integers.');
    }
    if (start >= end) refuse('TextPositionSelector: "start" must be before "end"; the selection is empty.');
    span = { start, end };
  }
  let text: Quote | null = null;
  if (quote) {
    const { exact, prefix, suffix } = quote;
    if (typeof exact !== 'string' || exact === '') refuse('TextQuoteSelector: "exact" must be the selected text.');
    if ((prefix !== undefined && typeof prefix !== 'string') || (suffix !== undefined && typeof suffix !== 'string')) refuse('TextQuoteSelector: "prefix" and "suffix" must be strings.');
    text = { exact, prefix: prefix ?? '', suffix: suffix ?? '' };
  }
  return { position: span, quote: text };
}

function findQuote(text: string, quote: Quote): Span {
  const length = quote.exact.length + quote.prefix.length + quote.suffix.length;
  if (length > MAX_QUOTE_LOOKUP_LENGTH) {
    refuse(
      `The quote is too long to look up (${length.toLocaleString('en')} characters with its prefix and suffix; at most ${MAX_QUOTE_LOOKUP_LENGTH.toLocaleString('en')}): send a TextPositionSelector with the passage's start and end.`,
    );
  }
  const occurrences = findExactOccurrences(text, { position: { start: 0, end: 0 }, quote }, COUNTED_OCCURRENCES + 1);
  const at = occurrences.inContext.length === 1 ? occurrences.inContext[0] : occurrences.all.length === 1 ? occurrences.all[0] : undefined;
  if (at !== undefined) return { start: at, end: at + quote.exact.length };
  if (occurrences.all.length === 0) refuse('The quoted text does not occur in the article. The article may have changed: reload it and select the passage again.');
  const times = occurrences.all.length > COUNTED_OCCURRENCES ? `more than ${COUNTED_OCCURRENCES}` : String(occurrences.all.length);
  refuse(`The quoted text occurs ${times} times in the article; send its prefix and suffix, or a TextPositionSelector, to say which.`);
}

function locate(text: string, position: Span | null, quote: Quote | null): Span {
  if (position) {
    const index = indexCodePoints(text);
    const readings: Span[] = [];
    const start = index.toUtf16(position.start);
    const end = index.toUtf16(position.end);
    if (start !== null && end !== null) readings.push({ start, end });
    readings.push(position);
    const agreeing = readings.find((reading) => reading.end <= text.length && (quote === null || text.slice(reading.start, reading.end) === quote.exact));
    if (agreeing) return agreeing;
    if (quote === null) refuse(`The selection (${position.start}–${position.end}) lies outside the article text. Reload the article and select the passage again.`);
  }
  return findQuote(text, quote!);
}

function readTarget(annotation: Json, text: string): { source: string; span: Span } {
  const targets = many(annotation.target);
  if (targets.length !== 1) refuse(targets.length === 0 ? 'The annotation needs a "target": the passage of the article it is about.' : 'Annotate one passage at a time: send exactly one target.');
  const target = targets[0];
  if (!isRecord(target)) refuse('Select text: the target must be a SpecificResource with a TextQuoteSelector or TextPositionSelector, not a bare IRI.');
  const source = isRecord(target.source) ? target.source.id : target.source;
  if (typeof source !== 'string' || source === '') refuse('The target needs a "source": the IRI of the article.');
  const { position, quote } = readSelectors(target);
  return { source, span: locate(text, position, quote) };
}

/** Reads an incoming annotation against `text`, the canonical text of the article's current revision. */
export function parseWebAnnotation(json: unknown, options: { text: string }): ParseWebAnnotationResult {
  try {
    if (!isRecord(json)) refuse('Send the annotation as a JSON object.');
    if (!strings(json['@context']).some((context) => ANNO_CONTEXTS.has(context))) refuse(`Send a W3C Web Annotation: its "@context" must include "${ANNO_CONTEXT}".`);
    if (json.type !== undefined && !strings(json.type).includes('Annotation')) refuse('The "type" of a Web Annotation must include "Annotation".');
    const identities = readIdentities(json);
    const bodies = readBodies(json);
    const labels = [...new Set(bodies.labels)];
    if (labels.length === 0) refuse('Add a tagging body whose value is claim, opinion or unsupported: {"type": "TextualBody", "purpose": "tagging", "value": "claim"}.');
    if (labels.length > 1) refuse(`Give the passage one label, not ${labels.join(' and ')}.`);
    const { source, span } = readTarget(json, options.text);
    const exact = options.text.slice(span.start, span.end);
    const check = validateSpan(options.text, { ...span, exact });
    if (!check.ok) refuse(check.message);
    return { ok: true, annotation: { label: labels[0]!, ...span, exact, rationale: bodies.comments.join('\n\n'), evidence: bodies.evidence, source, ...identities } };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    throw error;
  }
}
