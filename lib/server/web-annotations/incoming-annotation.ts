import 'server-only';
// Reads the body of a POST or PUT as a W3C Web Annotation. The target's
// selectors can only be checked against the text of the article its source
// names, so the body is read in two steps: first everything but the target
// (context, type, label, rationale, evidence), by giving the parser a
// stand-in target it will accept; then, once the source is resolved to an
// article, the whole annotation against that article's text. A client thus
// hears about a wrong @context before an unknown article, in the parser's
// own words either way.
import { AppError } from '../../errors';
import { type ParsedWebAnnotation, parseWebAnnotation } from '../../exports/web-annotation';
import type { Evidence } from '../../views/annotation-views';

/** The largest annotation body read (the workbench's own annotation API has the same limit). */
export const MAX_ANNOTATION_BYTES = 200_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A target the parser accepts against STAND_IN_TEXT, to check the rest of a body on its own. */
const STAND_IN_TEXT = 'x';
const STAND_IN_TARGET = { type: 'SpecificResource', source: 'urn:x-stand-in:article', selector: { type: 'TextQuoteSelector', exact: STAND_IN_TEXT } };

/** The source IRI of the one target, or null when there is no single target with a string source. */
function targetSourceOf(json: Record<string, unknown>): string | null {
  const targets = Array.isArray(json.target) ? json.target : [json.target];
  if (targets.length !== 1 || !isRecord(targets[0])) return null;
  const source = isRecord(targets[0].source) ? targets[0].source.id : targets[0].source;
  return typeof source === 'string' && source !== '' ? source : null;
}

/** Checks everything but the target, then returns the target's source IRI; 400 with a message otherwise. */
export function requireTargetSource(json: unknown): string {
  const rest = parseWebAnnotation(isRecord(json) ? { ...json, target: STAND_IN_TARGET } : json, { text: STAND_IN_TEXT });
  if (!rest.ok) throw new AppError('bad_request', rest.message);
  const source = isRecord(json) ? targetSourceOf(json) : null;
  if (source !== null) return source;
  // No usable target: the parser, given no text, says what is wrong with it.
  const reading = parseWebAnnotation(json, { text: '' });
  throw new AppError('bad_request', reading.ok ? 'The annotation needs one target whose "source" is the IRI of the article.' : reading.message);
}

/** The annotation read against `text`, the canonical text its selectors select from; 400 with the parser's message otherwise. */
export function readAnnotationAgainst(json: unknown, text: string): ParsedWebAnnotation {
  const reading = parseWebAnnotation(json, { text });
  if (!reading.ok) throw new AppError('bad_request', reading.message);
  return reading.annotation;
}

/** The W3C model has no evidence type; keep the one stored for a link the client sent back. */
export function keepEvidenceTypes(sent: readonly Evidence[], stored: readonly Evidence[]): Evidence[] {
  return sent.map((item) => {
    const type = stored.find((known) => known.url === item.url)?.type;
    return type ? { ...item, type } : { ...item };
  });
}
