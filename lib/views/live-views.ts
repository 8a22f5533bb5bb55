// What the live change feed carries, from the database to the app and from the app to a page.
import type { LiveChangeKind } from '../vocabulary';

/** A notification as the triggers send it: what changed, where, and whose it is — never its content. */
export type LiveChange = { kind: LiveChangeKind; articleId: string; projectId: string; userId: string | null };

/**
 * What a page is told (event "change"): the kind and the article; it reads the rest through its guarded reads.
 * `by`, on an annotation change told to someone with the article's consensus page open (the desk, who see
 * every reviewer's progress anyway): whose annotation it is, so the page can tell a pending reviewer's draft
 * (which moves only progress counts) from a change to a submitted review (which moves the consensus).
 */
export type LiveChangeEvent = { kind: Exclude<LiveChangeKind, 'presence'>; articleId: string; by?: string };

/** Someone with the article's consensus page open (event "presence": `{ people }`, the reader left out). */
export type PresentPerson = { id: string; name: string };
