import 'server-only';
// Due reminders, on the job queue's schedule. Each concerns the recipient's own
// assignment only (blind review: nothing of others' work), and is written at most
// once per assignment and kind (the unique key), so a run that repeats, or two
// that overlap, add nothing twice.
import { randomUUID } from 'node:crypto';
import { notificationPath, notificationSubject, notificationText } from '../../../notifications/notification-text';
import type { NotificationKind } from '../../../vocabulary';
import { Prisma, db } from '../../db/client';
import { type EmailNotice, enqueueOutbound } from '../outbound/enqueue-outbound';

/** A review is "due soon" this long before its due date. */
export const DUE_SOON_WINDOW_MS = 24 * 60 * 60 * 1000;

type Candidate = { assignmentId: string; reviewerId: string; articleId: string; articleTitle: string; projectId: string; dueAt: Date; kind: NotificationKind };

/**
 * Creates the due_soon and overdue notifications that have come due by `now` (each at most once per
 * assignment and kind). Run on a schedule by the job queue; returns how many it created.
 *
 * Only open work is reminded of: not submitted, on an article not published, to a reviewer whose
 * account is active and who is still a member of the article's project. An assignment already past
 * due when first seen gets only the overdue reminder.
 */
export async function recordDueReminders(now: Date): Promise<number> {
  const soon = new Date(now.getTime() + DUE_SOON_WINDOW_MS);
  return db().$transaction(async (tx) => {
    const candidates = await tx.$queryRaw<Candidate[]>`
      SELECT a.id AS "assignmentId", a."reviewerId", a."articleId", ar.title AS "articleTitle", ar."projectId", a."dueAt",
             (CASE WHEN a."dueAt" <= ${now} THEN 'overdue' ELSE 'due_soon' END) AS kind
      FROM "Assignment" a
      JOIN "Article" ar ON ar.id = a."articleId"
      JOIN "User" u ON u.id = a."reviewerId"
      WHERE a."dueAt" IS NOT NULL AND a."dueAt" <= ${soon}
        AND ar.status <> 'published' AND u."disabledAt" IS NULL
        AND EXISTS (SELECT 1 FROM "ProjectMember" m WHERE m."projectId" = ar."projectId" AND m."userId" = a."reviewerId")
        AND NOT EXISTS (SELECT 1 FROM "ReviewSubmission" s WHERE s."articleId" = a."articleId" AND s."reviewerId" = a."reviewerId")
        AND NOT EXISTS (SELECT 1 FROM "Notification" n WHERE n."assignmentId" = a.id
                          AND n.kind = (CASE WHEN a."dueAt" <= ${now} THEN 'overdue' ELSE 'due_soon' END)::"NotificationKind")
      ORDER BY a."dueAt", a.id`;
    if (candidates.length === 0) return 0;
    const rows = candidates.map((candidate) => ({
      id: randomUUID(),
      userId: candidate.reviewerId,
      projectId: candidate.projectId,
      articleId: candidate.articleId,
      kind: candidate.kind,
      actorId: null,
      assignmentId: candidate.assignmentId,
      data: { dueAt: candidate.dueAt.toISOString() } satisfies Prisma.InputJsonObject,
      createdAt: now,
    }));
    const written = new Set((await tx.notification.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true } })).map((row) => row.id));
    const emails: EmailNotice[] = [];
    for (const [index, row] of rows.entries()) {
      if (!written.has(row.id)) continue;
      const wording = { kind: row.kind, articleTitle: candidates[index]!.articleTitle, actorName: null, data: row.data };
      emails.push({ notificationId: row.id, userId: row.userId, kind: row.kind, subject: notificationSubject(wording), text: notificationText(wording), path: notificationPath(row.kind, row.articleId) });
    }
    await enqueueOutbound(tx, null, emails);
    return written.size;
  });
}
