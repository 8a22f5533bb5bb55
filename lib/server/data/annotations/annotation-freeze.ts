import 'server-only';
// The two rules that keep a ruling from moving under the desk, in one place:
//  - a published article is frozen: no annotation, review, text or verdict
//    changes until an editor reopens it;
//  - a submitted review is final: once a reviewer has submitted (and so seen
//    the others' work), their annotations on that article are frozen until an
//    editor reopens their review.
// and the desk's rule of who may work on an article at all:
//  - an article open to its assigned reviewers only (Article.assignedOnly)
//    takes annotations and submissions from those reviewers (and its desk) alone.
// Callers hold the article row lock (lockArticle 'write' or stronger), which
// submitting, reopening and publishing also take, so the state checked here
// cannot change before the caller commits.
import { AppError } from '../../../errors';
import type { Actor } from '../../actor';
import { type Prisma, db } from '../../db/client';
import { type SqlTransaction, runSqlBatch, sqlUuid } from '../../db/sql-transaction';
import { needsAssignment } from '../../guards';
import { isUuid } from '../../../validation/uuid';
import { type LockedArticle, type LockedRow, lockArticleSql, lockedArticle } from '../articles/lock-article';

export const PUBLISHED_MESSAGES = {
  annotations: "This article's verdicts are published; its annotations are frozen until an editor reopens it.",
  review: "This article's verdicts are published; its reviews cannot be submitted or reopened until an editor reopens the article.",
  text: "This article's verdicts are published; its text cannot be revised until an editor reopens it.",
  verdicts: "This article's verdicts are published; they cannot be changed until an editor reopens the article.",
} as const;

export const REVIEW_SUBMITTED_MESSAGE = 'You submitted your review of this article; it is final. Ask an editor to reopen your review if you need to change it.';

export const ASSIGNED_ONLY_MESSAGE = 'Only the reviewers assigned to this article may annotate it or submit a review of it. Ask an editor to assign you.';

/** The assigned-only rule, given whether the actor is assigned to the article. */
export function assertAssignedIfRequired(actor: Actor, article: AssignmentRule, assigned: boolean): void {
  if (article.assignedOnly && !assigned && needsAssignment(actor, article.projectId)) throw new AppError('forbidden', ASSIGNED_ONLY_MESSAGE);
}

type AssignmentRule = { projectId: string; assignedOnly: boolean };

/** Reads the article's switch and the actor's assignment, and applies assertAssignedIfRequired (the caller holds the article lock). */
export async function assertActorMayWorkOn(client: Prisma.TransactionClient, actor: Actor, articleId: string): Promise<void> {
  const article = await client.article.findUnique({
    where: { id: articleId },
    select: { projectId: true, assignedOnly: true, assignments: { where: { reviewerId: actor.id }, select: { id: true } } },
  });
  if (article) assertAssignedIfRequired(actor, article, article.assignments.length > 0);
}

/** Refuses any change of `what` on a published article. */
export function assertNotPublished(article: Pick<LockedArticle, 'status'>, what: keyof typeof PUBLISHED_MESSAGES): void {
  if (article.status === 'published') throw new AppError('article_published', PUBLISHED_MESSAGES[what]);
}

/**
 * The freeze rule for an annotation write by `actor` (always the annotation's
 * author) on the locked article, given whether the actor's review of it is submitted.
 */
export function assertAnnotationsWritable(article: Pick<LockedArticle, 'status'>, reviewSubmitted: boolean): void {
  assertNotPublished(article, 'annotations');
  if (reviewSubmitted) throw new AppError('review_submitted', REVIEW_SUBMITTED_MESSAGE);
}

/** Reads the actor's submission state and assignment, and applies assertAnnotationsWritable and the assigned-only rule. */
export async function assertActorMayWriteAnnotations(client: Prisma.TransactionClient, actor: Actor, article: Pick<LockedArticle, 'id' | 'status'>): Promise<void> {
  const submission = await client.reviewSubmission.findUnique({ where: { articleId_reviewerId: { articleId: article.id, reviewerId: actor.id } }, select: { id: true } });
  assertAnnotationsWritable(article, submission !== null);
  await assertActorMayWorkOn(client, actor, article.id);
}

/**
 * The article locked for an annotation write by `actor` (lockArticle 'write'),
 * with the freeze rules and the assigned-only rule applied. The lock is a
 * statement of its own and the actor's submission and assignment are read by
 * the next: a statement that waited for the row lock still sees other tables as
 * they were when it began (PostgreSQL's read committed), so a save queued behind
 * its author's own submit would read "not submitted" and slip in after the
 * review became final. The two go as one batch (runSqlBatch: one round trip on a
 * pool connection, each statement with its own snapshot, as two calls would).
 */
export async function lockArticleForAnnotationWrite(tx: SqlTransaction, actor: Actor, articleId: string): Promise<LockedArticle> {
  if (!isUuid(articleId)) throw new AppError('not_found', 'No article with that id.');
  return annotationWriteLocked(tx, actor, await runSqlBatch(tx, annotationWriteLockSql(actor, articleId)));
}

/**
 * lockArticleForAnnotationWrite's two statements, for a caller that sends them with others in one
 * batch (createAnnotation, with BEGIN); their rows go to annotationWriteLocked. `articleId` is a uuid.
 */
export function annotationWriteLockSql(actor: Actor, articleId: string): [lock: string, state: string] {
  const article = sqlUuid(articleId);
  const reviewer = sqlUuid(actor.id);
  return [
    lockArticleSql(article, 'write'),
    `SELECT "projectId", "assignedOnly",
            EXISTS (SELECT 1 FROM "ReviewSubmission" rs WHERE rs."articleId" = "Article".id AND rs."reviewerId" = ${reviewer}) AS submitted,
            EXISTS (SELECT 1 FROM "Assignment" x WHERE x."articleId" = "Article".id AND x."reviewerId" = ${reviewer}) AS assigned
     FROM "Article" WHERE id = ${article}`,
  ];
}

/** The rules applied to what annotationWriteLockSql's statements returned: the locked article, or the refusal. */
export async function annotationWriteLocked(tx: SqlTransaction, actor: Actor, [lockRows, stateRows]: readonly unknown[][]): Promise<LockedArticle> {
  const locked = await lockedArticle(tx, lockRows?.[0] as LockedRow | undefined);
  const state = stateRows?.[0] as (AssignmentRule & { submitted: boolean; assigned: boolean }) | undefined;
  if (!state) throw new AppError('not_found', 'No article with that id.');
  assertAnnotationsWritable(locked, state.submitted);
  assertAssignedIfRequired(actor, state, state.assigned);
  return locked;
}

/**
 * The same rule read without a lock, for a protocol that must answer it before
 * its own preconditions (a PUT without If-Match should hear "your review is
 * final", not "send If-Match"). The write itself checks again under the lock.
 */
export async function precheckAnnotationsWritable(actor: Actor, articleId: string): Promise<void> {
  const article = await db().article.findUnique({ where: { id: articleId }, select: { id: true, status: true } });
  if (article) await assertActorMayWriteAnnotations(db(), actor, article);
}
