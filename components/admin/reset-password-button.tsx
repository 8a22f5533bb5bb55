'use client';
// An admin's "Reset password" on a user row: asks first (it signs the person
// out everywhere and revokes their API tokens), then shows the generated
// temporary password once, to be passed on privately.
import { useTranslations } from '@/components/i18n/kept-translations';
import { useReducer } from 'react';
import type { UserListItem } from '@/lib/views/user-views';
import { apiRequest, errorMessage } from '../api/api-request';
import { inputClass } from '../ui/field';

type State = { mode: 'idle' } | { mode: 'confirming' } | { mode: 'resetting' } | { mode: 'done'; password: string; revokedTokens: number } | { mode: 'failed'; message: string };
type Event = { type: 'ask' } | { type: 'cancel' } | { type: 'start' } | { type: 'done'; password: string; revokedTokens: number } | { type: 'failed'; message: string };

function reduce(_state: State, event: Event): State {
  switch (event.type) {
    case 'ask':
      return { mode: 'confirming' };
    case 'cancel':
      return { mode: 'idle' };
    case 'start':
      return { mode: 'resetting' };
    case 'done':
      return { mode: 'done', password: event.password, revokedTokens: event.revokedTokens };
    case 'failed':
      return { mode: 'failed', message: event.message };
  }
}

const linkButton = 'rounded border border-stone-400 px-3 py-1 text-sm';

export function ResetPasswordButton({ user }: { user: Pick<UserListItem, 'id' | 'email'> }) {
  const t = useTranslations('admin.resetPassword');
  const [state, dispatch] = useReducer(reduce, { mode: 'idle' });

  async function reset() {
    dispatch({ type: 'start' });
    try {
      const answer = await apiRequest<{ temporaryPassword: string; revokedTokens: number }>('POST', `/api/users/${user.id}/password`, {});
      dispatch({ type: 'done', password: answer.temporaryPassword, revokedTokens: answer.revokedTokens });
    } catch (error) {
      dispatch({ type: 'failed', message: errorMessage(error) });
    }
  }

  if (state.mode === 'confirming' || state.mode === 'resetting') {
    return (
      <div role="group" aria-label={t('groupLabel', { email: user.email })} className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
        <p>{t('confirm', { email: user.email })}</p>
        <div className="flex gap-2">
          <button type="button" onClick={() => void reset()} disabled={state.mode === 'resetting'} className={`${linkButton} bg-white`}>
            {state.mode === 'resetting' ? t('resetting') : t('reset')}
          </button>
          <button type="button" onClick={() => dispatch({ type: 'cancel' })} disabled={state.mode === 'resetting'} className={`${linkButton} bg-white`}>
            {t('cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <button type="button" onClick={() => dispatch({ type: 'ask' })} className={linkButton} aria-label={t('openLabel', { email: user.email })}>
        {t('open')}
      </button>
      {state.mode === 'done' && (
        <div role="status" className="rounded border border-green-400 bg-green-50 p-3 text-sm">
          <p className="font-medium">
            {t('done', { email: user.email })}
            {state.revokedTokens > 0 && <>{' '}{t('revokedTokens', { count: state.revokedTokens })}</>}
          </p>
          <label className="mt-2 block">
            <span className="font-medium">{t('temporaryFor', { email: user.email })}</span>
            <input readOnly value={state.password} onFocus={(event) => event.currentTarget.select()} className={`${inputClass} font-mono`} />
          </label>
        </div>
      )}
      {state.mode === 'failed' && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {state.message}
        </p>
      )}
    </div>
  );
}
