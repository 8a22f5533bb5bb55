import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { NotificationPreferencesForm } from '@/components/account/notification-preferences-form';
import { readNotificationPreferences } from '@/lib/server/data/notification-preferences/read-notification-preferences';
import { authorize, requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const actor = await requirePageActor('account:password', '/account');
  const { preferences, emailEnabled } = await readNotificationPreferences(authorize(actor, 'account:notifications'));
  return (
    <>
      <h1 className="text-2xl font-bold">Account</h1>
      <dl className="mt-4 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-stone-800">
        <dt className="font-medium">Name</dt>
        <dd>{actor.name}</dd>
        <dt className="font-medium">Email</dt>
        <dd>{actor.email}</dd>
        <dt className="font-medium">Role</dt>
        <dd>{actor.role}</dd>
      </dl>
      <h2 id="change-password-heading" className="mt-10 text-xl font-semibold">Change your password</h2>
      <p className="mt-2 max-w-2xl text-stone-700">
        Changing it signs you out everywhere else. Forgotten it? An admin can reset it for you.
      </p>
      <ChangePasswordForm />
      <h2 id="email-notifications-heading" className="mt-10 text-xl font-semibold">Email notifications</h2>
      <NotificationPreferencesForm preferences={preferences} emailEnabled={emailEnabled} />
    </>
  );
}
