import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { InterfaceLanguageForm } from '@/components/account/interface-language-form';
import { NotificationPreferencesForm } from '@/components/account/notification-preferences-form';
import { readNotificationPreferences } from '@/lib/server/data/notification-preferences/read-notification-preferences';
import { authorize, requirePageActor } from '@/lib/server/guards';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account');
  return { title: t('title') };
}

export default async function AccountPage() {
  const actor = await requirePageActor('account:password', '/account');
  const [{ preferences, emailEnabled }, t, common] = await Promise.all([
    readNotificationPreferences(authorize(actor, 'account:notifications')),
    getTranslations('account'),
    getTranslations('common'),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <dl className="mt-4 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-stone-800">
        <dt className="font-medium">{t('name')}</dt>
        <dd>{actor.name}</dd>
        <dt className="font-medium">{t('email')}</dt>
        <dd>{actor.email}</dd>
        <dt className="font-medium">{t('role')}</dt>
        <dd>{common(`role.${actor.role}`)}</dd>
      </dl>
      <h2 id="interface-language-heading" className="mt-10 text-xl font-semibold">{common('language.label')}</h2>
      <InterfaceLanguageForm saved={actor.locale ?? null} />
      <h2 id="change-password-heading" className="mt-10 text-xl font-semibold">{t('password.heading')}</h2>
      <p className="mt-2 max-w-2xl text-stone-700">{t('password.intro')}</p>
      <ChangePasswordForm />
      <h2 id="email-notifications-heading" className="mt-10 text-xl font-semibold">{t('emailNotifications.heading')}</h2>
      <NotificationPreferencesForm preferences={preferences} emailEnabled={emailEnabled} />
    </>
  );
}
