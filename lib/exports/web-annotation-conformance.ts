// A checker for the W3C Web Annotation Data Model: lists where a document
// breaks a requirement of the Recommendation that applies to what we emit
// (annotations with textual and linked bodies, specific-resource targets
// with text selectors, agents, lifecycle dates, collections and pages).
// Our tests run it on real serialiser output; the server can run it on
// what clients send. https://www.w3.org/TR/annotation-model/
//
// Each finding has a level:
// - MUST: a requirement of the Recommendation (or, for start ≤ end, implied
//   by its definitions of start and end);
// - SHOULD: a recommendation we follow and want to keep following;
// - TEXT: the selectors disagree with the article text given, i.e. the
//   annotation would anchor somewhere else or nowhere (quote ≠ the text at
//   the position, counted in code points; prefix/suffix not next to it).
import { indexCodePoints } from './code-points';
import { ABSOLUTE_IRI, ANNO_CONTEXT, MOTIVATIONS } from './web-annotation-vocabulary';

export type ConformanceLevel = 'MUST' | 'SHOULD' | 'TEXT';
export type Violation = { level: ConformanceLevel; rule: string; path: string; message: string };

export type ConformanceOptions = {
  /** The text the target's selectors select from; enables the TEXT checks. */
  text?: string;
};

type Json = Record<string, unknown>;

const MOTIVATION_SET: ReadonlySet<string> = new Set(MOTIVATIONS);
const AGENT_CLASSES = new Set(['Person', 'Organization', 'Software']);
const TEXT_DIRECTIONS = new Set(['ltr', 'rtl', 'auto']);
// xsd:dateTime with the UTC timezone expressed as "Z" (§3.3.1).
const UTC_DATE_TIME = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$/;

/** The pattern plus a real calendar day (Date.parse rolls 31 February over into March). */
function isUtcDateTime(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = UTC_DATE_TIME.exec(value);
  if (!match) return false;
  const year = Number(value.slice(0, value.indexOf('-', 1)));
  const [month, day] = [Number(match[1]), Number(match[2])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth;
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIri(value: unknown): value is string {
  return typeof value === 'string' && ABSOLUTE_IRI.test(value);
}

function many(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function typesOf(value: Json): unknown[] {
  return many(value.type);
}

class Findings {
  readonly list: Violation[] = [];
  add(level: ConformanceLevel, rule: string, path: string, message: string): void {
    this.list.push({ level, rule, path, message });
  }
}

/** Each value of a property that may be one value or an array, with its path. */
function eachOf(holder: Json, key: string, path: string): [unknown, string][] {
  const value = holder[key];
  const base = path === '' ? key : `${path}.${key}`;
  if (Array.isArray(value)) return value.map((item, index) => [item, `${base}[${index}]`]);
  return value === undefined ? [] : [[value, base]];
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function checkContext(node: Json, path: string, findings: Findings, requireSingleString: boolean): void {
  const contexts = many(node['@context']);
  if (!contexts.includes(ANNO_CONTEXT)) findings.add('MUST', 'context', join(path, '@context'), `@context must include "${ANNO_CONTEXT}".`);
  if (requireSingleString && Array.isArray(node['@context']) && node['@context'].length === 1) {
    findings.add('MUST', 'context-single-string', join(path, '@context'), 'A single @context value must be given as a string, not an array.');
  }
}

function checkDates(node: Json, path: string, findings: Findings): void {
  for (const key of ['created', 'modified', 'generated']) {
    const value = node[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) findings.add('MUST', 'datetime-single', join(path, key), `There must not be more than one ${key}.`);
    else if (!isUtcDateTime(value)) {
      findings.add('MUST', 'datetime-utc', join(path, key), `${key} must be an xsd:dateTime in UTC written with "Z", e.g. 2026-11-21T10:00:00Z.`);
    }
  }
}

function checkAgents(node: Json, path: string, findings: Findings): void {
  for (const [agent, at] of eachOf(node, 'creator', path)) {
    if (typeof agent === 'string') {
      if (!isIri(agent)) findings.add('MUST', 'agent-iri', at, 'A creator given as a string must be the IRI of an agent.');
      continue;
    }
    if (!isRecord(agent)) {
      findings.add('MUST', 'agent-iri', at, 'A creator must be an IRI or an agent object.');
      continue;
    }
    if (agent.id !== undefined && !isIri(agent.id)) findings.add('MUST', 'agent-id', join(at, 'id'), 'An agent must not have more than one id, and it must be an IRI.');
    if (!typesOf(agent).some((type) => typeof type === 'string' && AGENT_CLASSES.has(type))) findings.add('SHOULD', 'agent-type', join(at, 'type'), 'An agent should be a Person, Organization or Software.');
    if (typeof agent.name !== 'string') findings.add('SHOULD', 'agent-name', join(at, 'name'), 'An agent should have exactly one name.');
  }
}

function checkResourceProperties(node: Json, path: string, findings: Findings): void {
  if (node.textDirection !== undefined && !(typeof node.textDirection === 'string' && TEXT_DIRECTIONS.has(node.textDirection))) {
    findings.add('MUST', 'text-direction', join(path, 'textDirection'), 'textDirection must be one of ltr, rtl, auto.');
  }
  for (const [rights, at] of eachOf(node, 'rights', path)) if (!isIri(rights)) findings.add('MUST', 'rights-iri', at, 'rights must be the IRI of a rights statement or licence.');
}

/** §3.3.6: at most one canonical IRI; every via an IRI. */
function checkIdentities(node: Json, path: string, findings: Findings): void {
  if (node.canonical !== undefined && !isIri(node.canonical)) findings.add('MUST', 'canonical-iri', join(path, 'canonical'), 'There may be exactly one canonical IRI, given as a string.');
  for (const [via, at] of eachOf(node, 'via', path)) if (!isIri(via)) findings.add('MUST', 'via-iri', at, 'via must be the IRI of the resource this one was obtained from.');
}

function checkPurposes(node: Json, path: string, findings: Findings): void {
  for (const [purpose, at] of eachOf(node, 'purpose', path)) {
    if (typeof purpose !== 'string' || !MOTIVATION_SET.has(purpose)) findings.add('SHOULD', 'purpose-motivation', at, `purpose should be one of the Recommendation's motivations: ${MOTIVATIONS.join(', ')}.`);
  }
}

type TextSelection = { position?: { start: number; end: number }; quote?: { exact: string; prefix?: string; suffix?: string } };

function checkSelector(selector: unknown, path: string, findings: Findings, into: TextSelection): void {
  if (typeof selector === 'string') {
    if (!isIri(selector)) findings.add('MUST', 'selector-iri', path, 'A selector given as a string must be its IRI.');
    return;
  }
  if (!isRecord(selector)) return findings.add('MUST', 'selector-object', path, 'A selector must be an object or an IRI.');
  const types = typesOf(selector);
  const isQuote = types.includes('TextQuoteSelector');
  const isPosition = types.includes('TextPositionSelector');
  if ((isQuote || isPosition) && !(typeof selector.type === 'string')) findings.add('MUST', 'selector-type-single', join(path, 'type'), 'A text selector must have exactly one type.');
  if (isQuote) {
    if (typeof selector.exact !== 'string') findings.add('MUST', 'quote-exact', join(path, 'exact'), 'A TextQuoteSelector must have exactly one exact, the selected text.');
    for (const key of ['prefix', 'suffix']) {
      if (selector[key] !== undefined && typeof selector[key] !== 'string') findings.add('MUST', 'quote-context-single', join(path, key), `A TextQuoteSelector must not have more than one ${key}, and it is text.`);
    }
    if (typeof selector.exact === 'string') {
      into.quote = { exact: selector.exact, prefix: typeof selector.prefix === 'string' ? selector.prefix : undefined, suffix: typeof selector.suffix === 'string' ? selector.suffix : undefined };
    }
  }
  if (isPosition) {
    const valid = ['start', 'end'].map((key) => {
      const value = selector[key];
      const ok = typeof value === 'number' && Number.isInteger(value) && value >= 0;
      if (!ok) findings.add('MUST', 'position-integer', join(path, key), `A TextPositionSelector must have exactly one ${key}, a non-negative integer.`);
      return ok;
    });
    if (valid.every(Boolean)) {
      const start = selector.start as number;
      const end = selector.end as number;
      if (start > end) findings.add('MUST', 'position-order', path, 'start must not come after end.');
      else into.position = { start, end };
    }
  }
  if (!isQuote && !isPosition && types.length === 0) findings.add('MUST', 'selector-type', join(path, 'type'), 'A selector must have a type.');
}

function checkAgainstText(selection: TextSelection, text: string, path: string, findings: Findings): void {
  const { position, quote } = selection;
  if (position) {
    const index = indexCodePoints(text);
    const from = index.toUtf16(position.start);
    const to = index.toUtf16(position.end);
    if (from === null || to === null) return findings.add('TEXT', 'position-in-text', path, `The position ${position.start}–${position.end} lies beyond the text (${index.length} code points).`);
    if (quote) {
      if (text.slice(from, to) !== quote.exact) findings.add('TEXT', 'quote-at-position', path, 'The quote is not the text at the position (counted in code points): the selectors select different content.');
      if (quote.prefix !== undefined && !text.slice(0, from).endsWith(quote.prefix)) findings.add('TEXT', 'prefix-before-quote', path, 'The prefix is not the text immediately before the selection.');
      if (quote.suffix !== undefined && !text.slice(to).startsWith(quote.suffix)) findings.add('TEXT', 'suffix-after-quote', path, 'The suffix is not the text immediately after the selection.');
    }
  } else if (quote && !text.includes(quote.exact)) {
    findings.add('TEXT', 'quote-in-text', path, 'The quote does not occur in the text.');
  }
}

/** A body or target: an IRI, an External Web Resource, a Specific Resource, a Textual Body or a Choice. */
function checkResource(resource: unknown, path: string, role: 'body' | 'target', findings: Findings, options: ConformanceOptions): void {
  if (typeof resource === 'string') {
    if (!isIri(resource)) findings.add('MUST', 'resource-iri', path, `A ${role} given as a string must be an IRI.`);
    return;
  }
  if (!isRecord(resource)) return findings.add('MUST', 'resource-object', path, `A ${role} must be an object or an IRI.`);
  const types = typesOf(resource);
  checkResourceProperties(resource, path, findings);
  if (types.includes('Choice')) {
    if (resource.type !== 'Choice') findings.add('MUST', 'choice-type', join(path, 'type'), 'A Choice must have exactly one type, Choice.');
    for (const [item, at] of eachOf(resource, 'items', path)) checkResource(item, at, role, findings, options);
    return;
  }
  if (role === 'body' && (types.includes('TextualBody') || (resource.value !== undefined && resource.source === undefined))) {
    if (typeof resource.value !== 'string') findings.add('MUST', 'textual-body-value', join(path, 'value'), 'A TextualBody must have exactly one value.');
    if (!types.includes('TextualBody')) findings.add('SHOULD', 'textual-body-type', join(path, 'type'), 'A textual body should have the TextualBody class.');
    if (resource.id !== undefined && !isIri(resource.id)) findings.add('MUST', 'resource-id', join(path, 'id'), 'An id must be a single IRI.');
    checkPurposes(resource, path, findings);
    checkDates(resource, path, findings);
    checkAgents(resource, path, findings);
    return;
  }
  if (resource.source !== undefined || types.includes('SpecificResource')) {
    const source = resource.source;
    const sourceIri = isRecord(source) ? source.id : source;
    if (!isIri(sourceIri)) findings.add('MUST', 'specific-resource-source', join(path, 'source'), 'A SpecificResource must have exactly one source, the IRI (or an object with the id) of the resource.');
    if (!types.includes('SpecificResource')) findings.add('SHOULD', 'specific-resource-type', join(path, 'type'), 'A Specific Resource should have the SpecificResource class.');
    if (resource.id !== undefined && !isIri(resource.id)) findings.add('MUST', 'resource-id', join(path, 'id'), 'An id must be a single IRI.');
    checkPurposes(resource, path, findings);
    const selection: TextSelection = {};
    for (const [selector, at] of eachOf(resource, 'selector', path)) checkSelector(selector, at, findings, selection);
    if (role === 'target' && options.text !== undefined) checkAgainstText(selection, options.text, path, findings);
    return;
  }
  if (!isIri(resource.id)) findings.add('MUST', 'external-resource-id', join(path, 'id'), `A ${role} that is an External Web Resource must have exactly one id, its IRI.`);
  if (resource.purpose !== undefined) findings.add('MUST', 'purpose-needs-specific-resource', join(path, 'purpose'), 'An External Web Resource cannot carry a purpose; wrap it in a SpecificResource (§4.1).');
}

function checkAnnotationInto(json: unknown, path: string, embedded: boolean, findings: Findings, options: ConformanceOptions): void {
  if (!isRecord(json)) return findings.add('MUST', 'annotation-object', path, 'An annotation must be a JSON object.');
  if (!embedded) checkContext(json, path, findings, true);
  if (!isIri(json.id)) findings.add('MUST', 'annotation-id', join(path, 'id'), 'An Annotation must have exactly one IRI that identifies it.');
  if (!typesOf(json).includes('Annotation')) findings.add('MUST', 'annotation-type', join(path, 'type'), 'An Annotation must have the Annotation class among its types.');
  const motivations = many(json.motivation);
  if (motivations.length === 0) findings.add('SHOULD', 'motivation-present', join(path, 'motivation'), 'An Annotation should have a motivation.');
  for (const [motivation, at] of eachOf(json, 'motivation', path)) {
    if (typeof motivation !== 'string' || !MOTIVATION_SET.has(motivation)) findings.add('SHOULD', 'motivation-value', at, `motivation should be one of: ${MOTIVATIONS.join(', ')}.`);
  }
  checkDates(json, path, findings);
  checkAgents(json, path, findings);
  checkResourceProperties(json, path, findings);
  checkIdentities(json, path, findings);
  if (json.bodyValue !== undefined) {
    if (json.body !== undefined) findings.add('MUST', 'body-and-bodyvalue', join(path, 'bodyValue'), 'If bodyValue is present, body must not be.');
    if (typeof json.bodyValue !== 'string') findings.add('MUST', 'bodyvalue-string', join(path, 'bodyValue'), 'bodyValue must be a single string.');
  } else if (many(json.body).length === 0) {
    findings.add('SHOULD', 'body-present', join(path, 'body'), 'An Annotation should have at least one body.');
  }
  for (const [body, at] of eachOf(json, 'body', path)) checkResource(body, at, 'body', findings, options);
  const targets = eachOf(json, 'target', path);
  if (targets.length === 0) findings.add('MUST', 'target-present', join(path, 'target'), 'An Annotation must have at least one target.');
  for (const [target, at] of targets) checkResource(target, at, 'target', findings, options);
}

function checkPageInto(json: unknown, path: string, embedded: boolean, findings: Findings, options: ConformanceOptions): void {
  if (!isRecord(json)) return findings.add('MUST', 'page-object', path, 'An AnnotationPage must be a JSON object.');
  if (embedded && json['@context'] !== undefined) findings.add('SHOULD', 'embedded-page-context', join(path, '@context'), 'A page embedded in its collection should not repeat the @context.');
  if (!embedded) checkContext(json, path, findings, false);
  if (!isIri(json.id)) findings.add('MUST', 'page-id', join(path, 'id'), 'A Page must have exactly one IRI.');
  if (!typesOf(json).includes('AnnotationPage')) findings.add('MUST', 'page-type', join(path, 'type'), 'A Page must have the AnnotationPage class among its types.');
  const partOf = json.partOf;
  if (partOf === undefined) findings.add('SHOULD', 'page-part-of', join(path, 'partOf'), 'A Page should say which collection it is part of.');
  else if (!isIri(isRecord(partOf) ? partOf.id : partOf)) findings.add('MUST', 'page-part-of-id', join(path, 'partOf'), 'partOf must be the collection IRI or an object with its id.');
  if (!Array.isArray(json.items) || json.items.length === 0) findings.add('MUST', 'page-items', join(path, 'items'), 'A Page must have an array of one or more annotations as its items.');
  else {
    json.items.forEach((item, index) => {
      const at = `${join(path, 'items')}[${index}]`;
      // Items are embedded in the page, so they take its context rather than repeating one.
      if (typeof item !== 'string') checkAnnotationInto(item, at, true, findings, options);
      else if (!isIri(item)) findings.add('MUST', 'page-item-iri', at, 'An item given as a string must be an annotation IRI.');
    });
  }
  const startIndex = json.startIndex;
  if (startIndex === undefined) findings.add('SHOULD', 'page-start-index', join(path, 'startIndex'), 'A Page should have a startIndex.');
  else if (typeof startIndex !== 'number' || !Number.isInteger(startIndex) || startIndex < 0) findings.add('MUST', 'page-start-index', join(path, 'startIndex'), 'startIndex must be a single non-negative integer.');
  for (const key of ['next', 'prev']) if (json[key] !== undefined && !isIri(json[key])) findings.add('MUST', 'page-link', join(path, key), `${key} must be the IRI of a page.`);
  const total = isRecord(partOf) ? partOf.total : undefined;
  if (typeof total === 'number' && typeof startIndex === 'number' && Array.isArray(json.items) && startIndex + json.items.length < total && json.next === undefined) {
    findings.add('MUST', 'page-next', join(path, 'next'), 'A page that is not the last must link to the next one.');
  }
  if (typeof startIndex === 'number' && startIndex > 0 && json.prev === undefined) findings.add('SHOULD', 'page-prev', join(path, 'prev'), 'A page that is not the first should link to the previous one.');
}

export function webAnnotationViolations(json: unknown, options: ConformanceOptions = {}): Violation[] {
  const findings = new Findings();
  checkAnnotationInto(json, '', false, findings, options);
  return findings.list;
}

export function annotationPageViolations(json: unknown, options: ConformanceOptions = {}): Violation[] {
  const findings = new Findings();
  checkPageInto(json, '', false, findings, options);
  return findings.list;
}

export function annotationCollectionViolations(json: unknown, options: ConformanceOptions = {}): Violation[] {
  const findings = new Findings();
  if (!isRecord(json)) {
    findings.add('MUST', 'collection-object', '', 'An AnnotationCollection must be a JSON object.');
    return findings.list;
  }
  checkContext(json, '', findings, false);
  if (!isIri(json.id)) findings.add('MUST', 'collection-id', 'id', 'A Collection must have exactly one IRI.');
  if (!typesOf(json).includes('AnnotationCollection')) findings.add('MUST', 'collection-type', 'type', 'A Collection must have the AnnotationCollection class among its types.');
  const labels = many(json.label);
  if (labels.length === 0) findings.add('SHOULD', 'collection-label', 'label', 'A Collection should have a label.');
  if (labels.some((label) => typeof label !== 'string')) findings.add('MUST', 'collection-label', 'label', 'A label must be a string.');
  const total = json.total;
  if (total === undefined) findings.add('SHOULD', 'collection-total', 'total', 'A Collection should have a total.');
  else if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) findings.add('MUST', 'collection-total', 'total', 'total must be a single non-negative integer.');
  const hasAnnotations = typeof total === 'number' && total > 0;
  if (hasAnnotations && json.first === undefined) findings.add('MUST', 'collection-first', 'first', 'A Collection with annotations must have exactly one first page.');
  if (json.first !== undefined) {
    if (isRecord(json.first)) checkPageInto(json.first, 'first', true, findings, options);
    else if (!isIri(json.first)) findings.add('MUST', 'collection-first', 'first', 'first must be a page IRI or an embedded page.');
  }
  if (hasAnnotations && json.last === undefined) findings.add('SHOULD', 'collection-last', 'last', 'A Collection with annotations should link to its last page.');
  if (json.last !== undefined && !isIri(json.last)) findings.add('MUST', 'collection-last', 'last', 'last must be the IRI of a page.');
  return findings.list;
}
