import 'server-only';
import type { NotificationKind } from '../../../vocabulary';
import { db } from '../../db/client';
import { wantsEmail } from '../notification-preferences/read-notification-preferences';

export type EmailToSend = { id: string; to: string; subject: string; text: string; path: string };

/**
 * The email if it is still to be sent. An email whose user has since turned its kind off (or whose
 * account is disabled) is marked skipped here and not sent; null for anything not pending.
 */
export async function loadPendingEmail(emailId: string): Promise<EmailToSend | null> {
  const row = await db().outboundEmail.findUnique({
    where: { id: emailId },
    select: { id: true, status: true, kind: true, subject: true, text: true, path: true, userId: true, user: { select: { email: true, disabledAt: true } } },
  });
  if (!row || row.status !== 'pending') return null;
  if (row.user.disabledAt || !(await wantsEmail(db(), row.userId, row.kind as NotificationKind))) {
    await db().outboundEmail.updateMany({ where: { id: emailId, status: 'pending' }, data: { status: 'skipped' } });
    return null;
  }
  return { id: row.id, to: row.user.email, subject: row.subject, text: row.text, path: row.path };
}

/** Records one attempt; sent is written before the job completes (see recordDeliveryAttempt). */
export async function recordEmailAttempt(emailId: string, outcome: { sent: boolean; final: boolean; error: string | null }): Promise<void> {
  await db().outboundEmail.updateMany({
    where: { id: emailId, status: 'pending' },
    data: {
      attempts: { increment: 1 },
      lastError: outcome.error?.slice(0, 500) ?? null,
      ...(outcome.sent ? { status: 'sent', sentAt: new Date() } : outcome.final ? { status: 'failed' } : {}),
    },
  });
}
