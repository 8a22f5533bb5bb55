'use client';
import { useActionState } from 'react';
import type { UserListItem } from '@/lib/views/user-views';
import { updateUserAction } from '@/lib/server/actions/user-actions';
import { FormStatus } from '../ui/form-status';
import { ResetPasswordButton } from './reset-password-button';

export function UserRow({ user, isSelf }: { user: UserListItem; isSelf: boolean }) {
  const [state, action, pending] = useActionState(updateUserAction, {});
  return (
    <tr className="border-b border-stone-200 align-top last:border-0">
      <td className="p-3">{user.name}{isSelf && <span className="text-stone-600"> (you)</span>}</td>
      <td className="p-3">{user.email}{user.disabled && <span className="ml-2 rounded bg-red-100 px-1.5 text-xs text-red-900">disabled</span>}</td>
      <td className="p-3">
        <form action={action} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label>
            <span className="sr-only">Role of {user.email}</span>
            <select name="role" defaultValue={user.role} className="rounded border border-stone-400 bg-white px-2 py-1">
              <option value="reviewer">Reviewer</option>
              <option value="editor">Editor</option>
              <option value="admin">Admin</option>
            </select>
          </label>
          <label className="flex items-center gap-1 text-sm">
            <input type="checkbox" name="disabled" value="true" defaultChecked={user.disabled} /> Disabled
          </label>
          <input type="hidden" name="disabled" value="false" />
          <button type="submit" disabled={pending} className="rounded border border-stone-400 px-3 py-1 text-sm">Save</button>
        </form>
        <div className="mt-2"><FormStatus state={state} /></div>
        <div className="mt-2"><ResetPasswordButton user={user} /></div>
      </td>
    </tr>
  );
}
