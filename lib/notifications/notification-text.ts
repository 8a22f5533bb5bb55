// The words of a notification, made from its kind, the names as they are now
// and the little display data stored with it (`NotificationData`). One place
// for the list, the bell and the email, so they say the same thing. Only what
// the recipient may know goes into `data` (record-desk-event.ts decides that);
// these functions only word it.
import type { NotificationKind } from '../vocabulary';

/** What a notification keeps for its words, all optional: each kind uses its own. */
export type NotificationData = {
  /** assigned, due_soon, overdue: the assignment's due date (ISO). */
  dueAt?: string | null;
  /** reopened: the editor's reason; `scope` says whether a review or the whole article was reopened. */
  reason?: string;
  scope?: 'review' | 'article';
  /** review_submitted: who submitted (only editors receive it). */
  reviewerName?: string;
  /** dispute: how many disputed passages wait for a verdict. */
  disputes?: number;
  /** mention, reply: the start of the comment. */
  excerpt?: string;
};

export type NotificationWording = { kind: NotificationKind; articleTitle: string | null; actorName: string | null; data: NotificationData };

const EXCERPT_LENGTH = 140;

/**
 * The stored data as the list hands it to the interface, which words a
 * notification in the reader's language: only the fields above, of their
 * types, whatever else a row might hold.
 */
export function notificationData(raw: unknown): NotificationData {
  const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof stored[key] === 'string' ? (stored[key] as string) : undefined);
  const data: NotificationData = {};
  if (text('dueAt') !== undefined) data.dueAt = text('dueAt');
  if (text('reason') !== undefined) data.reason = text('reason');
  if (stored.scope === 'review' || stored.scope === 'article') data.scope = stored.scope;
  if (text('reviewerName') !== undefined) data.reviewerName = text('reviewerName');
  if (typeof stored.disputes === 'number' && Number.isSafeInteger(stored.disputes)) data.disputes = stored.disputes;
  if (text('excerpt') !== undefined) data.excerpt = text('excerpt');
  return data;
}

/** The start of a comment for a notification: one line, at most 140 characters. */
export function commentExcerpt(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length <= EXCERPT_LENGTH ? line : `${line.slice(0, EXCERPT_LENGTH - 1)}…`;
}

/** "2026-12-07 14:00 UTC": unambiguous in an email as on the page. */
export function formatDue(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function notificationText({ kind, articleTitle, actorName, data }: NotificationWording): string {
  const article = articleTitle === null ? 'an article' : `“${articleTitle}”`;
  const who = actorName ?? 'Someone';
  const due = data.dueAt ? formatDue(data.dueAt) : null;
  switch (kind) {
    case 'assigned':
      return `${actorName ?? 'An editor'} asked you to review ${article}${due ? `, due ${due}` : ''}.`;
    case 'due_soon':
      return `Your review of ${article} is due ${due ?? 'soon'}.`;
    case 'overdue':
      return `Your review of ${article} is overdue${due ? ` (it was due ${due})` : ''}.`;
    case 'review_submitted':
      return `${data.reviewerName ?? who} submitted a review of ${article}.`;
    case 'dispute': {
      const count = data.disputes ?? 1;
      return `${article} has ${count} disputed passage${count === 1 ? '' : 's'} waiting for your verdict: every reviewer has submitted.`;
    }
    case 'mention':
      return `${who} mentioned you on ${article}${data.excerpt ? `: “${data.excerpt}”` : '.'}`;
    case 'reply':
      return `${who} replied in a discussion you joined on ${article}${data.excerpt ? `: “${data.excerpt}”` : '.'}`;
    case 'published':
      return `${who} published the verdicts on ${article}, which you reviewed.`;
    case 'reopened':
      return data.scope === 'review'
        ? `${who} reopened your review of ${article}${data.reason ? `: ${data.reason}` : '.'}`
        : `${who} reopened ${article} for review${data.reason ? `: ${data.reason}` : '.'}`;
  }
}

/** An email's subject line. */
export function notificationSubject({ kind, articleTitle }: Pick<NotificationWording, 'kind' | 'articleTitle'>): string {
  const title = articleTitle ?? 'an article';
  const subjects: Record<NotificationKind, string> = {
    assigned: `Review requested: ${title}`,
    due_soon: `Review due soon: ${title}`,
    overdue: `Review overdue: ${title}`,
    review_submitted: `Review submitted: ${title}`,
    dispute: `Disputes to adjudicate: ${title}`,
    mention: `You were mentioned: ${title}`,
    reply: `New reply: ${title}`,
    published: `Published: ${title}`,
    reopened: `Reopened: ${title}`,
  };
  return subjects[kind];
}

/** Where the notification leads: the desk's consensus page for the desk's kinds, else the article. */
export function notificationPath(kind: NotificationKind, articleId: string | null): string {
  if (articleId === null) return '/notifications';
  return kind === 'review_submitted' || kind === 'dispute' ? `/articles/${articleId}/consensus` : `/articles/${articleId}`;
}
