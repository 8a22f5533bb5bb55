import { useTranslations } from '@/components/i18n/kept-translations';
import Link from 'next/link';
import { Suspense } from 'react';
import { SignOutButton } from '../auth/sign-out-button';
import { NotificationBell } from '../notifications/notification-bell';
import type { Role } from '@/lib/vocabulary';
import { ProjectSwitcher } from './project-switcher';

type Props = {
  actor: { name: string; email: string; role: Role };
  canImport: boolean;
  canReview: boolean;
  canManageUsers: boolean;
  /** The person's projects, for the switcher (none: no switcher). */
  projects: { id: string; name: string }[];
  rememberedProject: string | null;
  /** The caller's unread notifications; null when they have no inbox (never for a person). */
  unreadNotifications: number | null;
};

export function AppHeader({ actor, canImport, canReview, canManageUsers, projects, rememberedProject, unreadNotifications }: Props) {
  const t = useTranslations('layout.header');
  const common = useTranslations('common');
  return (
    <header className="border-b border-stone-300 bg-white">
      <nav aria-label={t('navigation')} className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">{'Corroborate'}</Link>
        <Link href="/" className="text-stone-800 hover:underline">{t('articles')}</Link>
        <Link href="/projects" className="text-stone-800 hover:underline">{t('projects')}</Link>
        <Link href="/sources" className="text-stone-800 hover:underline">{t('sources')}</Link>
        <Link href="/work" className="text-stone-800 hover:underline">{t('myWork')}</Link>
        {canReview && <Link href="/review" className="text-stone-800 hover:underline">{t('reviewQueue')}</Link>}
        {canReview && <Link href="/exports" className="text-stone-800 hover:underline">{t('exports')}</Link>}
        {canReview && <Link href="/claims" className="text-stone-800 hover:underline">{t('claims')}</Link>}
        {canImport && <Link href="/articles/import" className="text-stone-800 hover:underline">{t('import')}</Link>}
        {canManageUsers && <Link href="/admin/users" className="text-stone-800 hover:underline">{t('users')}</Link>}
        {canManageUsers && <Link href="/admin/tokens" className="text-stone-800 hover:underline">{t('apiTokens')}</Link>}
        {canManageUsers && <Link href="/admin/webhooks" className="text-stone-800 hover:underline">{t('webhooks')}</Link>}
        {canManageUsers && <Link href="/admin/rating-scale" className="text-stone-800 hover:underline">{t('ratingScale')}</Link>}
        {canManageUsers && <Link href="/admin/signals" className="text-stone-800 hover:underline">{t('signals')}</Link>}
        <span className="ms-auto flex flex-wrap items-center gap-x-4 gap-y-2">
          {projects.length > 0 && (
            <Suspense>
              <ProjectSwitcher projects={projects} remembered={rememberedProject} />
            </Suspense>
          )}
          <span className="text-sm text-stone-700">
            <span data-testid="current-user">{actor.name}</span> · <span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs uppercase tracking-wide">{common(`role.${actor.role}`)}</span>
          </span>
          {unreadNotifications !== null && <NotificationBell unread={unreadNotifications} />}
          <Link href="/account" className="text-sm text-stone-800 hover:underline">{t('account')}</Link>
          <SignOutButton />
        </span>
      </nav>
    </header>
  );
}
