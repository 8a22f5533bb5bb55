import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../errors';
import type { TSubmitReview } from '../../../validation/reviews';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { assertAssignedIfRequired, assertNotPublished } from '../annotations/annotation-freeze';
import { recordDeskEvent } from '../notifications/record-desk-event';
import { lockArticle } from '../articles/lock-article';

/** `guidelinesVersion`: the project's guidelines the review was submitted under (0: the project had none). */
export type ReviewSubmissionView = { articleId: string; submittedAt: string; alreadySubmitted: boolean; empty: boolean; guidelinesVersion: number };

/**
 * Records that the actor has finished their review of the article: it lifts
 * blind review for them and makes their annotations on it final (until an
 * editor reopens the review). Submitting twice is harmless. The first
 * submission moves an open article into review.
 *
 * An empty submission means "this reviewer found nothing to label": it counts
 * as a submitted reviewer (one of the n of the quorum, with no votes) and is
 * final like any other, so it is accepted only when the reviewer says so
 * (`empty: true`); otherwise 409 empty_review.
 */
export async function submitReview(actor: Authorized<'annotations:write'>, articleId: string, input: Partial<TSubmitReview> = {}): Promise<ReviewSubmissionView> {
  return db().$transaction(async (tx) => {
    // The article row lock serialises two submits of the same review (a double click, two tabs),
    // so the second finds the first instead of tripping the unique constraint; annotation
    // writes, publishing and reopening take it too. The lock is a statement of its own: a
    // statement that waited for a row lock sees other tables as they were when it began
    // (PostgreSQL's read committed), so the state is read after it, by a statement that sees
    // what the lock's previous holder committed. That one statement reads all the checks need:
    // the lock is held until commit, and each round trip inside it is time the article's other
    // writers wait (under load, mostly waiting for the app).
    const article = await lockArticle(tx, articleId, 'write');
    const [state] = await tx.$queryRaw<SubmitState[]>`
      SELECT a."projectId", a."assignedOnly", p."guidelinesVersion", a.title, p.name AS "projectName",
             EXISTS (SELECT 1 FROM "Assignment" x WHERE x."articleId" = a.id AND x."reviewerId" = ${actor.id}::uuid) AS assigned,
             (SELECT count(*)::int FROM "Annotation" n WHERE n."articleId" = a.id AND n."authorId" = ${actor.id}::uuid AND n."deletedAt" IS NULL) AS live,
             rs."submittedAt", rs."guidelinesVersion" AS "submittedGuidelinesVersion"
      FROM "Article" a
      JOIN "Project" p ON p.id = a."projectId"
      LEFT JOIN "ReviewSubmission" rs ON rs."articleId" = a.id AND rs."reviewerId" = ${actor.id}::uuid
      WHERE a.id = ${article.id}::uuid`;
    if (!state) throw new AppError('not_found', 'No article with that id.');
    assertNotPublished(article, 'review');
    assertAssignedIfRequired(actor, state, state.assigned);
    const { live } = state;
    if (state.submittedAt !== null) {
      return { articleId, submittedAt: state.submittedAt.toISOString(), alreadySubmitted: true, empty: live === 0, guidelinesVersion: state.submittedGuidelinesVersion ?? 0 };
    }
    if (live === 0 && !input.empty) {
      throw new AppError('empty_review', 'You have not marked any passage. Submit an empty review only if you found nothing to label (send {"empty": true}).');
    }
    const now = new Date();
    // The guidelines the reviewer worked under: the project's version when the review became final
    // (the one shown beside the article; the article lock keeps a move to another project out).
    const { guidelinesVersion } = state;
    // The submission, its event, and the article's activity: one statement, as each round trip is
    // time the article's lock is held. The first submission moves an open article into review (the
    // lock keeps its status as read). A submission is an event everyone may know of (the count of
    // submitted reviews is shown to all). Times are written as Prisma writes them: UTC.
    const at = now.toISOString();
    await tx.$executeRaw`
      WITH submission AS (
        INSERT INTO "ReviewSubmission" (id, "articleId", "reviewerId", "submittedAt", "guidelinesVersion")
        VALUES (${randomUUID()}::uuid, ${articleId}::uuid, ${actor.id}::uuid, ${at}::timestamptz AT TIME ZONE 'UTC', ${guidelinesVersion})
      ), event AS (
        INSERT INTO "ReviewEvent" ("articleId", "reviewerId", "actorId", action, "guidelinesVersion", "createdAt")
        VALUES (${articleId}::uuid, ${actor.id}::uuid, ${actor.id}::uuid, 'submit', ${guidelinesVersion}, ${at}::timestamptz AT TIME ZONE 'UTC')
      )
      UPDATE "Article"
      SET "lastActivityAt" = ${at}::timestamptz AT TIME ZONE 'UTC', "updatedAt" = ${at}::timestamptz AT TIME ZONE 'UTC',
          status = CASE WHEN status = 'open' THEN 'in_review'::"ArticleStatus" ELSE status END
      WHERE id = ${articleId}::uuid`;
    const context = { id: articleId, title: state.title, projectId: state.projectId, project: { id: state.projectId, name: state.projectName } };
    await recordDeskEvent(tx, actor, context, { type: 'review.submitted', submittedAt: now, empty: live === 0 }, now);
    return { articleId, submittedAt: at, alreadySubmitted: false, empty: live === 0, guidelinesVersion };
  });
}

type SubmitState = {
  projectId: string;
  title: string;
  projectName: string;
  assignedOnly: boolean;
  guidelinesVersion: number;
  assigned: boolean;
  live: number;
  submittedAt: Date | null;
  submittedGuidelinesVersion: number | null;
};
