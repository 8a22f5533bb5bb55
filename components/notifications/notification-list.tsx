'use client';
// The caller's notifications: each one's words, article and time, unread ones
// marked (in words for screen readers, not by colour alone). Opening one marks
// it read before following its link (a plain click; a new tab leaves it unread); "Mark all read" marks every one. Both
// refresh the page, so the bell in the header shows the new count.
import { useTranslations } from '@/components/i18n/kept-translations';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type MouseEvent, useState } from 'react';
import type { NotificationView } from '@/lib/views/notification-views';
import { apiRequest, useErrorMessage } from '../api/api-request';
import { Button } from '../ui/button';
import { TimeAgo } from '../ui/time-ago';
import { NotificationWords } from './notification-words';

type Props = { notifications: readonly NotificationView[]; unread: number; now: string };

export function NotificationList({ notifications, unread, now }: Props) {
  const t = useTranslations('notifications.list');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const markRead = async (body: { ids: string[] } | { all: true }): Promise<boolean> => {
    try {
      await apiRequest('POST', '/api/notifications/read', body);
      return true;
    } catch (error) {
      setProblem(errorMessage(error));
      return false;
    }
  };

  const open = async (event: MouseEvent<HTMLAnchorElement>, notification: NotificationView) => {
    if (notification.read || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    // Following the link matters more than the mark: go on even if marking failed. A full page load,
    // not router.push, so the header (a layout, kept across client navigations) shows the new count.
    await markRead({ ids: [notification.id] });
    window.location.assign(notification.path);
  };

  const markAll = async () => {
    setBusy(true);
    if (await markRead({ all: true })) router.refresh();
    setBusy(false);
  };

  return (
    <div className="space-y-4">
      <div className="flex items-center gap-4">
        <p className="text-stone-700" aria-live="polite">{t('unreadCount', { count: unread })}</p>
        {unread > 0 && (
          <Button type="button" variant="secondary" onClick={markAll} disabled={busy}>
            {t('markAll')}
          </Button>
        )}
      </div>
      {problem && <p role="alert" className="text-red-800">{problem}</p>}
      <ul aria-label={t('label')} className="divide-y divide-stone-200 rounded border border-stone-300 bg-white">
        {notifications.map((notification) => (
          <li key={notification.id} className={notification.read ? 'p-3' : 'border-s-4 border-blue-800 bg-blue-50 p-3'} data-testid="notification">
            <p>
              {!notification.read && <span className="me-2 rounded bg-blue-900 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-white">{t('unread')}</span>}
              <Link href={notification.path} onClick={(event) => void open(event, notification)} className="text-blue-900 underline">
                <NotificationWords kind={notification.kind} article={notification.article} actor={notification.actor} data={notification.data} />
              </Link>
            </p>
            <p className="mt-1 text-sm text-stone-700">
              {notification.article && <><bdi>{notification.article.title}</bdi> · </>}
              <TimeAgo iso={notification.createdAt} now={now} />
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
