'use client';
// A project's members for its editors and admins: change a role or remove
// someone (the JSON API), and add someone (a server action, which can find an
// account by email for editors, who cannot list users).
import { useRouter } from 'next/navigation';
import { useActionState, useState } from 'react';
import { addProjectMemberAction } from '@/lib/server/actions/project-member-actions';
import { PROJECT_ROLES, type ProjectRole } from '@/lib/vocabulary';
import type { ProjectMemberView } from '@/lib/views/project-views';
import { apiRequest, errorMessage } from '../api/api-request';
import { Button } from '../ui/button';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';
import { Field, inputClass } from '../ui/field';
import { FormStatus } from '../ui/form-status';

const ROLE_NAME: Record<ProjectRole, string> = { reviewer: 'Reviewer', editor: 'Editor' };

const COLUMNS: Column[] = [{ label: 'Name' }, { label: 'Email' }, { label: 'Role here' }, { label: 'Actions', hidden: true }];

type Props = {
  projectId: string;
  members: ProjectMemberView[];
  /** Accounts an admin may pick from (null: add by email). */
  candidates: { id: string; name: string; email: string }[] | null;
};

export function ProjectMembers({ projectId, members, candidates }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string | null>(null);
  const [added, addAction, adding] = useActionState(addProjectMemberAction, {});

  async function call(userId: string, run: () => Promise<unknown>) {
    setBusy(userId);
    setError(undefined);
    try {
      await run();
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  }

  const outsiders = candidates?.filter((candidate) => !members.some((member) => member.userId === candidate.id)) ?? null;

  return (
    <div className="space-y-4">
      {members.length === 0 ? (
        <p className="text-sm text-stone-700">No members yet.</p>
      ) : (
        <DataTable caption="Members of this project" columns={COLUMNS} compact>
          {members.map((member) => (
            <tr key={member.userId} className={ROW_CLASS}>
              <th scope="row" className="p-2 font-medium">
                {member.name}
                {member.disabled && <span className="ml-2 text-xs text-stone-700">(account disabled)</span>}
              </th>
              <td className="p-2 text-stone-700">{member.email}</td>
              <td className="p-2">
                <select
                  aria-label={`Role of ${member.name}`}
                  value={member.role}
                  disabled={busy === member.userId}
                  onChange={(event) => call(member.userId, () => apiRequest('POST', `/api/projects/${projectId}/members`, { userId: member.userId, role: event.target.value }))}
                  className="rounded border border-stone-400 bg-white px-2 py-1"
                >
                  {PROJECT_ROLES.map((role) => <option key={role} value={role}>{ROLE_NAME[role]}</option>)}
                </select>
              </td>
              <td className="p-2 text-end">
                <button
                  type="button"
                  disabled={busy === member.userId}
                  onClick={() => call(member.userId, () => apiRequest('DELETE', `/api/projects/${projectId}/members/${member.userId}`))}
                  className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100"
                  aria-label={`Remove ${member.name}`}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
      <form action={addAction} aria-label="Add a member" className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <input type="hidden" name="projectId" value={projectId} />
        {outsiders ? (
          <Field label="Person">
            <select name="userId" required defaultValue="" className={inputClass}>
              <option value="" disabled>Choose someone…</option>
              {outsiders.map((candidate) => <option key={candidate.id} value={candidate.id}>{candidate.name} ({candidate.email})</option>)}
            </select>
          </Field>
        ) : (
          <Field label="Email of the person to add"><input name="email" type="email" required maxLength={320} className={inputClass} /></Field>
        )}
        <Field label="Role">
          <select name="role" defaultValue="reviewer" className={inputClass}>
            {PROJECT_ROLES.map((role) => <option key={role} value={role}>{ROLE_NAME[role]}</option>)}
          </select>
        </Field>
        <Button type="submit" disabled={adding}>{adding ? 'Adding…' : 'Add member'}</Button>
        <div className="sm:col-span-3"><FormStatus state={added} /></div>
      </form>
    </div>
  );
}
