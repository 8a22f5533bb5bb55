import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { NotificationList } from '@/components/notifications/notification-list';
import { AppError } from '@/lib/errors';
import { listNotifications } from '@/lib/server/data/notifications/list-notifications';
import { requirePageActor } from '@/lib/server/guards';
import { ZNotificationQuery } from '@/lib/validation/notifications';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications');
  return { title: t('title') };
}
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
  const t = await getTranslations('notifications');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {list.notifications.length === 0 ? (
        <p className="text-stone-700">{t('empty')}</p>
      ) : (
        <NotificationList notifications={list.notifications} unread={list.unread} now={new Date().toISOString()} />
      )}
      {list.nextBefore && (
        <Link href={`/notifications?before=${list.nextBefore}`} className="text-blue-900 underline">
          {t('older')}
        </Link>
      )}
    </div>
  );
}
