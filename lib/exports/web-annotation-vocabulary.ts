// The fixed words of the W3C Web Annotation Data Model and Protocol that the
// serialiser, the parser and the conformance check share: contexts, media
// type, Link headers, and the Motivation instances.
// https://www.w3.org/TR/annotation-model/  https://www.w3.org/TR/annotation-protocol/

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const LDP_CONTEXT = 'http://www.w3.org/ns/ldp.jsonld';
/** The context array the Protocol uses for containers (and we use for their pages). */
export const PROTOCOL_CONTEXT = [ANNO_CONTEXT, LDP_CONTEXT] as const;

/** An absolute IRI: a scheme, then none of the characters RFC 3987 excludes (spaces, <>"{}|\^`). */
export const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;

/** Content-Type (and Accept) of Web Annotation representations under the Protocol. */
export const WEB_ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** Link header of an annotation container response (Protocol §4). */
export const CONTAINER_LINK_HEADER =
  '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type", <http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"';

/** Link header of a single annotation response (Protocol §3). */
export const ANNOTATION_LINK_HEADER = '<http://www.w3.org/ns/ldp#Resource>; rel="type"';

/** The Motivation instances of the Recommendation (§3.3.5), the values for `motivation` and `purpose`. */
export const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const;

export type Motivation = (typeof MOTIVATIONS)[number];
