'use client';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useActionState } from 'react';
import { createUserAction } from '@/lib/server/actions/user-actions';
import { ROLES } from '@/lib/vocabulary';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormStatus } from '../ui/form-status';

export function CreateUserForm() {
  const t = useTranslations('admin.createUser');
  const common = useTranslations('common');
  const [state, action, pending] = useActionState(createUserAction, {});
  return (
    <form action={action} className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-2">
      <Field label={t('name')}><input name="name" required maxLength={200} className={inputClass} /></Field>
      <Field label={t('email')}><input name="email" type="email" required className={inputClass} /></Field>
      <Field label={t('role')}>
        <select name="role" defaultValue="reviewer" className={inputClass}>
          {ROLES.map((role) => <option key={role} value={role}>{common(`role.${role}`)}</option>)}
        </select>
      </Field>
      <Field label={t('password')} hint={t('passwordHint')}>
        <input name="password" type="password" required minLength={12} autoComplete="new-password" className={inputClass} />
      </Field>
      <div className="sm:col-span-2 space-y-3">
        <FormStatus state={state} />
        <Button type="submit" disabled={pending}>{pending ? t('creating') : t('submit')}</Button>
      </div>
    </form>
  );
}
