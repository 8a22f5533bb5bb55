'use server';
import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { AppError } from '../../errors';
import { parseInput } from '../../validation/parse-input';
import { ZProjectMember } from '../../validation/projects';
import { findUserByEmail } from '../data/users/find-user-by-email';
import { setProjectMember } from '../data/projects/set-project-member';
import { requireProjectActor } from '../guards';
import type { ProjectRole } from '../../vocabulary';
import { type ActionState, actionError, requireFormData } from './action-result';

const ZMemberEmail = z.string().trim().toLowerCase().max(320).email('Enter the email address of the person to add');

/** The action's answer; `added` says what happened as data, so the form words it in the interface's language. */
export type AddProjectMemberState = ActionState & { added?: { name: string; role: ProjectRole; created: boolean } };

/**
 * "Add a member": a user picked from the list (admins, who may list users) or
 * named by email (a project's editors, who may not), with a role; through setProjectMember.
 */
export async function addProjectMemberAction(_previous: AddProjectMemberState, sent: FormData): Promise<AddProjectMemberState> {
  try {
    const form = requireFormData(sent);
    const projectId = String(form.get('projectId') ?? '');
    const actor = await requireProjectActor('projects:manage', projectId);
    const picked = form.get('userId');
    let userId = typeof picked === 'string' && picked !== '' ? picked : null;
    if (!userId) {
      const user = await findUserByEmail(actor, parseInput(ZMemberEmail, form.get('email') ?? ''));
      if (!user) throw new AppError('not_found', 'No account has that email address. An admin can create one.');
      userId = user.id;
    }
    const { member, created } = await setProjectMember(actor, projectId, parseInput(ZProjectMember, { userId, role: form.get('role') }));
    revalidatePath(`/projects/${projectId}`);
    return {
      ok: true,
      message: created ? `Added ${member.name} as ${member.role}.` : `${member.name} is now ${member.role} here.`,
      added: { name: member.name, role: member.role, created },
    };
  } catch (error) {
    return actionError(error);
  }
}
