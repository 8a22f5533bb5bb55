import 'server-only';
// Content negotiation for the annotation container and its annotations: the
// Protocol's JSON-LD (application/ld+json with the anno.jsonld profile) is
// what a client gets by default, for */* and application/*, and for
// application/ld+json with no profile or a profile we satisfy; plain
// application/json gets the same document under that type. Anything else is
// 406 with the types we do serve, rather than JSON the client said it cannot read.
import { WEB_ANNOTATION_MEDIA_TYPE } from '../../exports/web-annotation';
import { ProtocolRefusal } from './protocol-refusal';

export type ServedMediaType = typeof WEB_ANNOTATION_MEDIA_TYPE | 'application/json';

type MediaRange = { type: string; subtype: string; profiles: string[] | null; q: number };

/** Profiles our JSON-LD satisfies: the Web Annotation context, and compacted form (which it is). */
const SATISFIED_PROFILES = new Set(['http://www.w3.org/ns/anno.jsonld', 'https://www.w3.org/ns/anno.jsonld', 'http://www.w3.org/ns/json-ld#compacted']);

/** Splits on `separator` outside double quotes. */
export function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function parseRange(entry: string): MediaRange | null {
  const [range = '', ...params] = splitOutsideQuotes(entry, ';');
  const [type, subtype] = range.toLowerCase().split('/');
  if (!type || !subtype) return null;
  let q = 1;
  let profiles: string[] | null = null;
  for (const param of params) {
    const at = param.indexOf('=');
    if (at < 0) continue;
    const name = param.slice(0, at).trim().toLowerCase();
    const value = param.slice(at + 1).trim().replace(/^"(.*)"$/, '$1');
    if (name === 'q') q = Number.isFinite(Number(value)) ? Math.min(1, Math.max(0, Number(value))) : 0;
    else if (name === 'profile') profiles = value.split(/\s+/).filter(Boolean);
  }
  return { type, subtype, profiles, q };
}

/** How specifically `range` matches the offer (-1: not at all), as RFC 9110 §12.5.1 ranks them. */
function specificity(range: MediaRange, offer: ServedMediaType): number {
  const [type, subtype] = offer === 'application/json' ? ['application', 'json'] : ['application', 'ld+json'];
  if (range.type === '*' && range.subtype === '*') return 0;
  if (range.type !== type) return -1;
  if (range.subtype === '*') return 1;
  if (range.subtype !== subtype) return -1;
  if (range.profiles === null) return 2;
  // A profile asks for something specific; only JSON-LD can honour it, and only the ones we satisfy.
  return offer !== 'application/json' && range.profiles.some((profile) => SATISFIED_PROFILES.has(profile)) ? 3 : -1;
}

function qualityOf(ranges: readonly MediaRange[], offer: ServedMediaType): number {
  let best = -1;
  let q = 0;
  for (const range of ranges) {
    const score = specificity(range, offer);
    if (score > best || (score === best && range.q > q)) {
      best = score;
      q = range.q;
    }
  }
  return best < 0 ? 0 : q;
}

/** The media type to answer with, or a 406 refusal. */
export function negotiateMediaType(accept: string | null): ServedMediaType {
  if (accept === null || accept.trim() === '') return WEB_ANNOTATION_MEDIA_TYPE;
  const ranges = splitOutsideQuotes(accept, ',').flatMap((entry) => parseRange(entry) ?? []);
  const jsonLd = qualityOf(ranges, WEB_ANNOTATION_MEDIA_TYPE);
  const json = qualityOf(ranges, 'application/json');
  if (jsonLd > 0 && jsonLd >= json) return WEB_ANNOTATION_MEDIA_TYPE;
  if (json > 0) return 'application/json';
  throw new ProtocolRefusal(
    406,
    `Annotations are served as ${WEB_ANNOTATION_MEDIA_TYPE} (the default) or application/json; the Accept header "${accept.slice(0, 200)}" allows neither.`,
  );
}
