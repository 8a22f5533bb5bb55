import 'server-only';
// Strong entity tags and the conditional requests built on them. The tag is
// a SHA-256 of the media type and the exact bytes sent, so it changes
// whenever anything in the representation does (a reviewer's edit, a
// re-anchoring after a revision, a renamed author) and differs between the
// JSON-LD and plain JSON variants. A write with If-Match is compared with
// the current representation in either variant, so a client may GET in one
// and PUT in the other.
import { createHash } from 'node:crypto';
import { WEB_ANNOTATION_MEDIA_TYPE } from '../../exports/web-annotation';
import { splitOutsideQuotes } from './negotiate-media-type';
import { ProtocolRefusal } from './protocol-refusal';

export function entityTag(body: string, contentType: string): string {
  return `"${createHash('sha256').update(contentType).update('\n').update(body).digest('base64url')}"`;
}

/** The tags of the current representation in every variant we serve. */
export function currentEntityTags(body: string): string[] {
  return [entityTag(body, WEB_ANNOTATION_MEDIA_TYPE), entityTag(body, 'application/json')];
}

function listedTags(header: string): string[] {
  return splitOutsideQuotes(header, ',');
}

/** If-None-Match (weak comparison, RFC 9110 §13.1.2): true when the client's copy is current. */
export function matchesIfNoneMatch(header: string | null, tag: string): boolean {
  if (header === null) return false;
  const opaque = (value: string) => value.replace(/^W\//, '');
  return listedTags(header).some((listed) => listed === '*' || opaque(listed) === opaque(tag));
}

/**
 * If-Match (strong comparison, RFC 9110 §13.1.1) against the current tags;
 * 428 when `required` and the header is missing, 412 when it names another version.
 * Returns whether a precondition was given.
 */
export function assertIfMatch(header: string | null, current: readonly string[], options: { required: boolean }): boolean {
  if (header === null || header.trim() === '') {
    if (options.required) {
      throw new ProtocolRefusal(428, 'Send If-Match with the ETag of the annotation you edited (GET it first), so a change made meanwhile is not overwritten.');
    }
    return false;
  }
  const matches = listedTags(header).some((listed) => listed === '*' || (!listed.startsWith('W/') && current.includes(listed)));
  if (!matches) throw new ProtocolRefusal(412, 'The annotation has changed since you fetched it (its ETag is different). GET it again and reapply your change.');
  return true;
}
