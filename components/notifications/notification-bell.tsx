// The header's bell: a link to /notifications whose name says how many are unread
// (the badge is for the eye; the link's accessible name carries the number).
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import Link from 'next/link';

/** Beyond this the badge reads "99+": the exact number is in the link's name. */
const BADGE_MAX = 99;

export function NotificationBell({ unread }: { unread: number }) {
  const t = useTranslations('notifications');
  const format = useFormatter();
  const label = t('bell', { count: unread });
  return (
    <Link href="/notifications" aria-label={label} title={label} className="relative inline-flex items-center rounded p-1 text-stone-800 hover:bg-stone-100">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span aria-hidden="true" data-testid="notification-count" className="absolute -end-1.5 -top-1 min-w-5 rounded-full bg-red-800 px-1 text-center text-xs font-semibold leading-5 text-white">
          {unread > BADGE_MAX ? t('badgeOverflow', { count: format.number(BADGE_MAX) }) : format.number(unread)}
        </span>
      )}
    </Link>
  );
}
