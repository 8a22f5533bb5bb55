'use client';
import { useActionState } from 'react';
import { createUserAction } from '@/lib/server/actions/user-actions';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormStatus } from '../ui/form-status';

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, {});
  return (
    <form action={action} className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-2">
      <Field label="Name"><input name="name" required maxLength={200} className={inputClass} /></Field>
      <Field label="Email"><input name="email" type="email" required className={inputClass} /></Field>
      <Field label="Role">
        <select name="role" defaultValue="reviewer" className={inputClass}>
          <option value="reviewer">Reviewer</option>
          <option value="editor">Editor</option>
          <option value="admin">Admin</option>
        </select>
      </Field>
      <Field label="Initial password" hint="At least 12 characters. Share it privately.">
        <input name="password" type="password" required minLength={12} autoComplete="new-password" className={inputClass} />
      </Field>
      <div className="sm:col-span-2 space-y-3">
        <FormStatus state={state} />
        <Button type="submit" disabled={pending}>{pending ? 'Creating…' : 'Create user'}</Button>
      </div>
    </form>
  );
}
