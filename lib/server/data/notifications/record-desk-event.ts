import 'server-only';
// The one writer of desk-event notifications, called inside the transaction of
// the change it reports (assigning, submitting, reopening, publishing,
// commenting), so a rollback records nothing. It decides who hears of the
// event, writes their notifications and queues the webhook event and one email
// per notification (enqueueOutbound), never telling the actor of their own act.
//
// Blind review decides the recipients: a reviewer hears only of their own
// assignment and review, of the publication of an article they submitted on,
// and of comments only once they see the discussion (seesDiscussion). A mention
// of a reviewer who has not submitted is held: the comment keeps it in
// `mentions`, and their submission delivers it (deliverHeldMentions). Replies
// reach only those who see the discussion when the reply is written. What a
// reviewer's work looks like (a submission, a dispute) goes to the desk alone.
import { randomUUID } from 'node:crypto';
import { type NotificationData, commentExcerpt, notificationPath, notificationSubject, notificationText } from '../../../notifications/notification-text';
import type { NotificationKind, WebhookEvent } from '../../../vocabulary';
import type { Actor } from '../../actor';
import type { Prisma } from '../../db/client';
import { seesDiscussion } from '../../guards';
import { type EmailNotice, type OutboundEvent, enqueueOutbound } from '../outbound/enqueue-outbound';
import { disputesAwaitingEditor } from './disputes-awaiting-editor';

export type DeskEvent =
  | { type: 'assignment.created'; assignments: readonly { id: string; reviewerId: string; dueAt: Date | null }[] }
  | { type: 'review.submitted'; submittedAt: Date; empty: boolean }
  | { type: 'review.reopened'; reviewer: { id: string; name: string }; reason: string }
  | { type: 'article.published' }
  | { type: 'article.reopened'; reason: string }
  | { type: 'comment.created'; comment: { id: string; parentId: string | null; body: string; mentions: readonly string[] } };

/** One notification to write: `actorId` differs from the event's actor only for a held mention (its comment's author). */
type Draft = { userId: string; kind: NotificationKind; actorId?: string; assignmentId?: string; commentId?: string; data: NotificationData };

/** The article an event is about, as its notifications and webhook event name it. */
export type DeskEventArticle = { id: string; title: string; projectId: string; project: { id: string; name: string } };

type Context = { tx: Prisma.TransactionClient; actor: Pick<Actor, 'id' | 'name'>; article: DeskEventArticle; now: Date };

/** `about`: the article's id, or what the caller already read of it in the same transaction (one round trip less). */
export async function recordDeskEvent(tx: Prisma.TransactionClient, actor: Pick<Actor, 'id' | 'name'>, about: string | DeskEventArticle, event: DeskEvent, now = new Date()): Promise<void> {
  const article = typeof about === 'string' ? await tx.article.findUniqueOrThrow({ where: { id: about }, select: { id: true, title: true, projectId: true, project: { select: { id: true, name: true } } } }) : about;
  const context: Context = { tx, actor, article, now };
  switch (event.type) {
    case 'assignment.created':
      // One webhook event per assignment, as each is its own fact for a newsroom system.
      for (const assignment of event.assignments) {
        const drafts: Draft[] = [{ userId: assignment.reviewerId, kind: 'assigned', assignmentId: assignment.id, data: { dueAt: assignment.dueAt?.toISOString() ?? null } }];
        const reviewer = await tx.user.findUniqueOrThrow({ where: { id: assignment.reviewerId }, select: { id: true, name: true } });
        await record(context, drafts, outbound(context, event.type, { assignment: { id: assignment.id, reviewer, dueAt: assignment.dueAt?.toISOString() ?? null } }));
      }
      return;
    case 'review.submitted': {
      const desk = await deskOf(tx, article.projectId);
      const drafts: Draft[] = desk.map((userId) => ({ userId, kind: 'review_submitted', data: { reviewerName: actor.name } }));
      const disputes = await disputesAwaitingEditor(tx, article.id, actor.id);
      if (disputes > 0) drafts.push(...desk.map((userId): Draft => ({ userId, kind: 'dispute', data: { disputes } })));
      drafts.push(...(await heldMentions(tx, actor.id, article.id)));
      const data = { review: { reviewer: { id: actor.id, name: actor.name }, submittedAt: event.submittedAt.toISOString(), empty: event.empty } };
      return record(context, drafts, outbound(context, event.type, data));
    }
    case 'review.reopened':
      return record(
        context,
        [{ userId: event.reviewer.id, kind: 'reopened', data: { scope: 'review', reason: event.reason } }],
        outbound(context, event.type, { review: { reviewer: event.reviewer, reason: event.reason } }),
      );
    case 'article.published':
    case 'article.reopened': {
      const reviewers = await tx.reviewSubmission.findMany({
        where: { articleId: article.id, reviewer: { disabledAt: null, memberships: { some: { projectId: article.projectId } } } },
        select: { reviewerId: true },
      });
      const kind: NotificationKind = event.type === 'article.published' ? 'published' : 'reopened';
      const reason = event.type === 'article.reopened' ? event.reason : undefined;
      const drafts = reviewers.map(({ reviewerId }): Draft => ({ userId: reviewerId, kind, data: reason === undefined ? {} : { scope: 'article', reason } }));
      return record(context, drafts, outbound(context, event.type, reason === undefined ? {} : { reason }));
    }
    case 'comment.created':
      return record(context, await commentDrafts(context, event.comment), outbound(context, event.type, { comment: { id: event.comment.id, threadId: event.comment.parentId ?? event.comment.id, body: event.comment.body } }));
  }
}

/** The project's editors (their membership and account both editor or admin) with active accounts. */
async function deskOf(tx: Prisma.TransactionClient, projectId: string): Promise<string[]> {
  const members = await tx.projectMember.findMany({
    where: { projectId, role: 'editor', user: { disabledAt: null, role: { in: ['editor', 'admin'] } } },
    select: { userId: true },
    orderBy: { createdAt: 'asc' },
  });
  return members.map((member) => member.userId);
}

/**
 * Mentions and replies: those mentioned get `mention`, the thread's earlier
 * participants `reply` (a mention wins), each only if they see the discussion
 * now. A mentioned reviewer who has not submitted is left for their submission.
 */
async function commentDrafts({ tx, actor, article }: Context, comment: Extract<DeskEvent, { type: 'comment.created' }>['comment']): Promise<Draft[]> {
  const mentioned = new Set(comment.mentions.filter((id) => id !== actor.id));
  const participants = new Set<string>();
  if (comment.parentId) {
    const thread = await tx.comment.findMany({ where: { OR: [{ id: comment.parentId }, { parentId: comment.parentId }], id: { not: comment.id }, deletedAt: null }, select: { authorId: true } });
    for (const { authorId } of thread) if (authorId !== actor.id && !mentioned.has(authorId)) participants.add(authorId);
  }
  const readers = await discussionReaders(tx, article, [...mentioned, ...participants]);
  const excerpt = commentExcerpt(comment.body);
  const drafts: Draft[] = [];
  for (const userId of mentioned) if (readers.has(userId)) drafts.push({ userId, kind: 'mention', commentId: comment.id, data: { excerpt } });
  for (const userId of participants) if (readers.has(userId)) drafts.push({ userId, kind: 'reply', commentId: comment.id, data: { excerpt } });
  return drafts;
}

/** Of these users, those who may read the article's discussion now: active, in its project, and of its desk or submitted there. */
async function discussionReaders(tx: Prisma.TransactionClient, article: Context['article'], userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const users = await tx.user.findMany({
    where: { id: { in: userIds }, disabledAt: null },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      memberships: { where: { projectId: article.projectId }, select: { role: true } },
      submissions: { where: { articleId: article.id }, select: { id: true } },
    },
  });
  const readers = new Set<string>();
  for (const user of users) {
    // The role in the project as the session computes it: an admin everywhere; a member's role capped at the account's.
    const membership = user.memberships[0]?.role;
    const role = user.role === 'admin' ? 'admin' : membership === undefined ? null : membership === 'editor' && user.role === 'editor' ? 'editor' : 'reviewer';
    if (role === null) continue;
    if (seesDiscussion({ id: user.id, email: user.email, name: user.name, role, projects: null }, user.submissions.length > 0)) readers.add(user.id);
  }
  return readers;
}

/** The mentions of the submitting reviewer that waited for their submission: live comments by others, not yet delivered. */
async function heldMentions(tx: Prisma.TransactionClient, reviewerId: string, articleId: string): Promise<Draft[]> {
  const comments = await tx.comment.findMany({
    where: { articleId, deletedAt: null, mentions: { has: reviewerId }, authorId: { not: reviewerId } },
    select: { id: true, authorId: true, body: true },
    orderBy: { createdAt: 'asc' },
  });
  return comments.map((comment) => ({ userId: reviewerId, kind: 'mention', actorId: comment.authorId, commentId: comment.id, data: { excerpt: commentExcerpt(comment.body) } }));
}

function outbound({ actor, article, now }: Context, type: WebhookEvent, data: Record<string, unknown>): OutboundEvent {
  return { id: randomUUID(), type, occurredAt: now.toISOString(), project: article.project, article: { id: article.id, title: article.title }, actor: { id: actor.id, name: actor.name }, data };
}

/**
 * Writes the drafts (never to the one who acted; a comment or a due reminder at most
 * once per person, by the unique keys, so a held mention already delivered is
 * skipped) and queues the event with one email per notification written.
 */
async function record({ tx, actor, article, now }: Context, drafts: Draft[], event: OutboundEvent | null): Promise<void> {
  const rows = drafts
    .filter((draft) => draft.userId !== (draft.actorId ?? actor.id))
    .map((draft) => ({
      id: randomUUID(),
      userId: draft.userId,
      projectId: article.projectId,
      articleId: article.id,
      kind: draft.kind,
      actorId: draft.actorId ?? actor.id,
      assignmentId: draft.assignmentId ?? null,
      commentId: draft.commentId ?? null,
      data: draft.data,
      createdAt: now,
    }));
  const written = rows.length === 0 ? [] : await tx.notification.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true } });
  const kept = new Set(written.map((row) => row.id));
  const names = new Map<string, string>([[actor.id, actor.name]]);
  const otherActors = [...new Set(rows.map((row) => row.actorId).filter((id) => !names.has(id)))];
  if (otherActors.length > 0) for (const user of await tx.user.findMany({ where: { id: { in: otherActors } }, select: { id: true, name: true } })) names.set(user.id, user.name);
  const emails: EmailNotice[] = rows
    .filter((row) => kept.has(row.id))
    .map((row) => {
      const wording = { kind: row.kind, articleTitle: article.title, actorName: names.get(row.actorId) ?? null, data: row.data };
      return { notificationId: row.id, userId: row.userId, kind: row.kind, subject: notificationSubject(wording), text: notificationText(wording), path: notificationPath(row.kind, article.id) };
    });
  await enqueueOutbound(tx, event, emails);
}
