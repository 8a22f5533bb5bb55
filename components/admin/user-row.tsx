'use client';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useActionState } from 'react';
import { ROLES } from '@/lib/vocabulary';
import type { UserListItem } from '@/lib/views/user-views';
import { updateUserAction } from '@/lib/server/actions/user-actions';
import { FormStatus } from '../ui/form-status';
import { ResetPasswordButton } from './reset-password-button';

export function UserRow({ user, isSelf }: { user: UserListItem; isSelf: boolean }) {
  const t = useTranslations('admin.userRow');
  const common = useTranslations('common');
  const [state, action, pending] = useActionState(updateUserAction, {});
  return (
    <tr className="border-b border-stone-200 align-top last:border-0">
      <td className="p-3">{user.name}{isSelf && <span className="text-stone-600">{' '}{t('you')}</span>}</td>
      <td className="p-3">{user.email}{user.disabled && <span className="ms-2 rounded bg-red-100 px-1.5 text-xs text-red-900">{t('disabledBadge')}</span>}</td>
      <td className="p-3">
        <form action={action} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label>
            <span className="sr-only">{t('roleOf', { email: user.email })}</span>
            <select name="role" defaultValue={user.role} className="rounded border border-stone-400 bg-white px-2 py-1">
              {ROLES.map((role) => <option key={role} value={role}>{common(`role.${role}`)}</option>)}
            </select>
          </label>
          <label className="flex items-center gap-1 text-sm">
            <input type="checkbox" name="disabled" value="true" defaultChecked={user.disabled} /> {t('disabled')}
          </label>
          <input type="hidden" name="disabled" value="false" />
          <button type="submit" disabled={pending} className="rounded border border-stone-400 px-3 py-1 text-sm">{t('save')}</button>
        </form>
        <div className="mt-2"><FormStatus state={state} /></div>
        <div className="mt-2"><ResetPasswordButton user={user} /></div>
      </td>
    </tr>
  );
}
