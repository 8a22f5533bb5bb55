'use server';
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { ZCreateUser, ZUpdateUser } from '../../validation/users';
import { parseInput } from '../../validation/parse-input';
import { createUser } from '../data/users/create-user';
import { updateUser } from '../data/users/update-user';
import { requireActor } from '../guards';
import { type ActionState, actionError, requireFormData } from './action-result';

export async function createUserAction(_previous: ActionState, sent: FormData): Promise<ActionState> {
  try {
    const actor = await requireActor('users:manage');
    const form = requireFormData(sent);
    const input = parseInput(ZCreateUser, { email: form.get('email'), name: form.get('name'), role: form.get('role'), password: form.get('password') });
    const user = await createUser(actor, input);
    revalidatePath('/admin/users');
    const t = await getTranslations('admin');
    return { ok: true, message: t('userActions.created', { email: user.email, role: t('roleName', { role: user.role }) }) };
  } catch (error) {
    return actionError(error);
  }
}

export async function updateUserAction(_previous: ActionState, sent: FormData): Promise<ActionState> {
  try {
    const actor = await requireActor('users:manage');
    const form = requireFormData(sent);
    const disabled = form.get('disabled');
    const change = parseInput(ZUpdateUser, {
      role: form.get('role') ?? undefined,
      disabled: disabled === null ? undefined : disabled === 'true',
    });
    const user = await updateUser(actor, String(form.get('userId') ?? ''), change);
    revalidatePath('/admin/users');
    const t = await getTranslations('admin');
    return { ok: true, message: t('userActions.saved', { email: user.email, role: t('roleName', { role: user.role }), disabled: user.disabled ? 'yes' : 'no' }) };
  } catch (error) {
    return actionError(error);
  }
}
