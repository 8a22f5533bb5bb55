'use client';
// Which notification kinds reach the signed-in person by email: one checkbox per kind,
// saved together through PUT /api/me/notification-preferences.
import { type FormEvent, useState } from 'react';
import type { NotificationPreferenceView } from '@/lib/views/webhook-views';
import type { NotificationKind } from '@/lib/vocabulary';
import { apiRequest } from '../api/api-request';
import { Button } from '../ui/button';

const KIND_LABELS: Record<NotificationKind, string> = {
  assigned: 'An editor assigns me an article',
  due_soon: 'An assignment of mine is due within a day',
  overdue: 'An assignment of mine is overdue',
  review_submitted: 'A reviewer submits on an article I edit',
  dispute: 'An article I edit has a disputed passage once every assigned reviewer submitted',
  mention: 'Someone mentions me in a discussion',
  reply: 'Someone replies in a discussion I take part in',
  published: 'An article I reviewed or edit is published',
  reopened: 'An article I reviewed or edit is reopened',
};

type Props = { preferences: NotificationPreferenceView[]; emailEnabled: boolean };

export function NotificationPreferencesForm({ preferences, emailEnabled }: Props) {
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new Set(new FormData(event.currentTarget).getAll('email').map(String));
    setBusy(true);
    try {
      await apiRequest('PUT', '/api/me/notification-preferences', { preferences: preferences.map(({ kind }) => ({ kind, email: chosen.has(kind) })) });
      setOutcome({ ok: true, text: 'Saved.' });
    } catch (caught) {
      setOutcome({ ok: false, text: caught instanceof Error ? caught.message : String(caught) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} aria-labelledby="email-notifications-heading" className="mt-4 max-w-2xl">
      {!emailEnabled && <p className="mb-3 text-sm text-stone-700">This workbench sends no email yet (an admin sets SMTP_URL); your choices apply once it does.</p>}
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">Email me when…</legend>
        {preferences.map(({ kind, email }) => (
          <label key={kind} className="mt-2 flex items-start gap-2">
            <input type="checkbox" name="email" value={kind} defaultChecked={email} className="mt-1" />
            <span>{KIND_LABELS[kind]}</span>
          </label>
        ))}
      </fieldset>
      <div className="mt-4 flex items-center gap-3">
        <Button type="submit" disabled={busy}>{busy ? 'Saving…' : 'Save email preferences'}</Button>
        {outcome && <span role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'text-green-800' : 'text-red-900'}>{outcome.text}</span>}
      </div>
    </form>
  );
}
