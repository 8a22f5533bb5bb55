import type { Metadata } from 'next';
import Link from 'next/link';
import { NotificationList } from '@/components/notifications/notification-list';
import { AppError } from '@/lib/errors';
import { listNotifications } from '@/lib/server/data/notifications/list-notifications';
import { requirePageActor } from '@/lib/server/guards';
import { ZNotificationQuery } from '@/lib/validation/notifications';

export const metadata: Metadata = { title: 'Notifications' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ before?: string | string[] }> };

export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await requirePageActor('notifications:read', '/notifications');
  // An unusable ?before= shows the first page rather than an error page.
  const parsed = ZNotificationQuery.safeParse({ before: (await searchParams).before });
  const before = parsed.success ? parsed.data.before : undefined;
  const list = await listNotifications(actor, { limit: 50, before }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return listNotifications(actor, { limit: 50 });
    throw error;
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Notifications</h1>
      {list.notifications.length === 0 ? (
        <p className="text-stone-700">No notifications yet. You will hear here when you are assigned, when a review is due, and of mentions and replies.</p>
      ) : (
        <NotificationList notifications={list.notifications} unread={list.unread} now={new Date().toISOString()} />
      )}
      {list.nextBefore && (
        <Link href={`/notifications?before=${list.nextBefore}`} className="text-blue-900 underline">
          Older notifications
        </Link>
      )}
    </div>
  );
}
