'use client';
// The signed-in person's password change, through POST /api/me/password. The
// server checks the current password and the policy and says why it refuses.
import { useTranslations } from '@/components/i18n/kept-translations';
import { type FormEvent, useReducer } from 'react';
import { apiRequest, useErrorMessage } from '../api/api-request';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';

type State = { mode: 'editing' } | { mode: 'saving' } | { mode: 'saved' } | { mode: 'refused'; message: string };
type Event = { type: 'submit' } | { type: 'saved' } | { type: 'refused'; message: string };

function reduce(_state: State, event: Event): State {
  if (event.type === 'submit') return { mode: 'saving' };
  if (event.type === 'saved') return { mode: 'saved' };
  return { mode: 'refused', message: event.message };
}

export function ChangePasswordForm() {
  const t = useTranslations('account.password');
  const errorMessage = useErrorMessage();
  const [state, dispatch] = useReducer(reduce, { mode: 'editing' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');
    if (newPassword !== String(form.get('confirmPassword') ?? '')) {
      dispatch({ type: 'refused', message: t('mismatch') });
      return;
    }
    dispatch({ type: 'submit' });
    try {
      await apiRequest('POST', '/api/me/password', { currentPassword, newPassword });
      formElement.reset();
      dispatch({ type: 'saved' });
    } catch (error) {
      dispatch({ type: 'refused', message: errorMessage(error) });
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby="change-password-heading" className="mt-4 max-w-md space-y-4">
      <Field label={t('current')}>
        <input name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />
      </Field>
      <Field label={t('new')} hint={t('newHint')}>
        <input name="newPassword" type="password" autoComplete="new-password" required minLength={12} maxLength={256} className={inputClass} />
      </Field>
      <Field label={t('confirm')}>
        <input name="confirmPassword" type="password" autoComplete="new-password" required className={inputClass} />
      </Field>
      {state.mode === 'refused' && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {state.message}
        </p>
      )}
      {state.mode === 'saved' && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t('changed')}
        </p>
      )}
      <Button type="submit" disabled={state.mode === 'saving'}>
        {state.mode === 'saving' ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
