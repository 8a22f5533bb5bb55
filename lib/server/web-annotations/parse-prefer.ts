import 'server-only';
// The client's container preference (Protocol §5.3, RFC 7240 Prefer):
//   include="http://www.w3.org/ns/ldp#PreferMinimalContainer"  → no embedded page
//   include="http://www.w3.org/ns/oa#PreferContainedIRIs"      → pages list IRIs
//   include="http://www.w3.org/ns/oa#PreferContainedDescriptions" → full annotations
// Without a preference the container embeds its first page of full
// descriptions, the default the Recommendation recommends.
import { splitOutsideQuotes } from './negotiate-media-type';

export const PREFER_MINIMAL_CONTAINER = 'http://www.w3.org/ns/ldp#PreferMinimalContainer';
export const PREFER_CONTAINED_IRIS = 'http://www.w3.org/ns/oa#PreferContainedIRIs';
export const PREFER_CONTAINED_DESCRIPTIONS = 'http://www.w3.org/ns/oa#PreferContainedDescriptions';

export type ContainerPreference = {
  /** Embed the first page in the container (false for PreferMinimalContainer). */
  embedFirstPage: boolean;
  /** Pages list annotation IRIs rather than full annotations. */
  iris: boolean;
  /** A preference was recognised and honoured (for Preference-Applied). */
  applied: boolean;
};

/** The IRIs of `include` in a `return=representation` preference. */
function includedIris(prefer: string): string[] {
  const included: string[] = [];
  for (const preference of splitOutsideQuotes(prefer, ',')) {
    const [head = '', ...params] = splitOutsideQuotes(preference, ';');
    if (head.replace(/\s+/g, '').toLowerCase() !== 'return=representation') continue;
    for (const param of params) {
      const at = param.indexOf('=');
      if (at < 0 || param.slice(0, at).trim().toLowerCase() !== 'include') continue;
      included.push(...param.slice(at + 1).trim().replace(/^"(.*)"$/, '$1').split(/\s+/).filter(Boolean));
    }
  }
  return included;
}

export function parsePrefer(prefer: string | null): ContainerPreference {
  const included = prefer ? includedIris(prefer) : [];
  const minimal = included.includes(PREFER_MINIMAL_CONTAINER);
  const iris = included.includes(PREFER_CONTAINED_IRIS);
  const descriptions = included.includes(PREFER_CONTAINED_DESCRIPTIONS);
  return { embedFirstPage: !minimal, iris: iris && !descriptions, applied: minimal || iris || descriptions };
}
