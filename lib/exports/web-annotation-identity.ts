// What becomes of the identities a Web Annotation Protocol client sends with an
// annotation (Data Model §3.3.6: `canonical`, one IRI that tracks it wherever it
// is copied; `via`, the IRIs of the copies it came from).
// - POST (Protocol §5.1): "If the Annotation contains a canonical property, then
//   that reference MUST be maintained without change"; the client's own `id`
//   SHOULD be copied to `via`, since the server gives the annotation its own IRI.
// - PUT (Protocol §5.3): servers SHOULD reject updates that modify canonical or
//   via once set; the Data Model says systems MUST NOT change or delete a
//   canonical. So an update may set them where there were none, may repeat them
//   or leave them out (they are kept), and is refused if it names others.
import type { AnnotationIdentity } from '../views/annotation-views';

export const NO_IDENTITY: AnnotationIdentity = { canonical: null, via: [] };

export type SentIdentity = { id?: string | null; canonical: string | null; via: readonly string[] };

export function identityOnCreate(sent: SentIdentity): AnnotationIdentity {
  const via = [...sent.via];
  if (sent.id && !via.includes(sent.id)) via.push(sent.id);
  return { canonical: sent.canonical, via };
}

export type IdentityChange = { ok: true; identity: AnnotationIdentity } | { ok: false; message: string };

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((value) => left.has(value));
}

export function identityOnReplace(stored: AnnotationIdentity, sent: SentIdentity): IdentityChange {
  if (stored.canonical !== null && sent.canonical !== null && sent.canonical !== stored.canonical) {
    return {
      ok: false,
      message: `This annotation's canonical IRI is ${stored.canonical}, and a canonical IRI never changes once set (Web Annotation Data Model §3.3.6). Send it unchanged, or leave "canonical" out.`,
    };
  }
  if (stored.via.length > 0 && sent.via.length > 0 && !sameSet(stored.via, sent.via)) {
    return {
      ok: false,
      message: `This annotation's via IRIs are ${stored.via.join(', ')}; once set they are kept as they are (Web Annotation Protocol §5.3). Send them unchanged, or leave "via" out.`,
    };
  }
  return { ok: true, identity: { canonical: stored.canonical ?? sent.canonical, via: stored.via.length > 0 ? [...stored.via] : [...sent.via] } };
}
