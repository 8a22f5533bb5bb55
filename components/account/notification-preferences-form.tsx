'use client';
// Which notification kinds reach the signed-in person by email: one checkbox per kind,
// saved together through PUT /api/me/notification-preferences.
import { useTranslations } from '@/components/i18n/kept-translations';
import { type FormEvent, useState } from 'react';
import type { NotificationPreferenceView } from '@/lib/views/webhook-views';
import { apiRequest, useErrorMessage } from '../api/api-request';
import { Button } from '../ui/button';

type Props = { preferences: NotificationPreferenceView[]; emailEnabled: boolean };

export function NotificationPreferencesForm({ preferences, emailEnabled }: Props) {
  const t = useTranslations('account.emailNotifications');
  const errorMessage = useErrorMessage();
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new Set(new FormData(event.currentTarget).getAll('email').map(String));
    setBusy(true);
    try {
      await apiRequest('PUT', '/api/me/notification-preferences', { preferences: preferences.map(({ kind }) => ({ kind, email: chosen.has(kind) })) });
      setOutcome({ ok: true });
    } catch (caught) {
      setOutcome({ ok: false, text: errorMessage(caught) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} aria-labelledby="email-notifications-heading" className="mt-4 max-w-2xl">
      {!emailEnabled && <p className="mb-3 text-sm text-stone-700">{t('noEmail')}</p>}
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">{t('legend')}</legend>
        {preferences.map(({ kind, email }) => (
          <label key={kind} className="mt-2 flex items-start gap-2">
            <input type="checkbox" name="email" value={kind} defaultChecked={email} className="mt-1" />
            <span>{t(`kind.${kind}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="mt-4 flex items-center gap-3">
        <Button type="submit" disabled={busy}>{busy ? t('saving') : t('save')}</Button>
        {outcome && <span role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'text-green-800' : 'text-red-900'}>{outcome.ok ? t('saved') : outcome.text}</span>}
      </div>
    </form>
  );
}
