'use client';
// A project's members for its editors and admins: change a role or remove
// someone (the JSON API), and add someone (a server action, which can find an
// account by email for editors, who cannot list users).
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { useActionState, useState } from 'react';
import { addProjectMemberAction } from '@/lib/server/actions/project-member-actions';
import { PROJECT_ROLES } from '@/lib/vocabulary';
import type { ProjectMemberView } from '@/lib/views/project-views';
import { apiRequest, errorMessage } from '../api/api-request';
import { Button } from '../ui/button';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';
import { Field, inputClass } from '../ui/field';
import { FormStatus } from '../ui/form-status';

type Props = {
  projectId: string;
  members: ProjectMemberView[];
  /** Accounts an admin may pick from (null: add by email). */
  candidates: { id: string; name: string; email: string }[] | null;
};

export function ProjectMembers({ projectId, members, candidates }: Props) {
  const t = useTranslations('projects.members');
  const common = useTranslations('common');
  const router = useRouter();
  const columns: Column[] = [{ label: t('column.name') }, { label: t('column.email') }, { label: t('column.role') }, { label: t('column.actions'), hidden: true }];
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
        <p className="text-sm text-stone-700">{t('none')}</p>
      ) : (
        <DataTable caption={t('caption')} columns={columns} compact>
          {members.map((member) => (
            <tr key={member.userId} className={ROW_CLASS}>
              <th scope="row" className="p-2 font-medium">
                {member.name}
                {member.disabled && <span className="ms-2 text-xs text-stone-700">{t('accountDisabled')}</span>}
              </th>
              <td className="p-2 text-stone-700">{member.email}</td>
              <td className="p-2">
                <select
                  aria-label={t('roleOf', { name: member.name })}
                  value={member.role}
                  disabled={busy === member.userId}
                  onChange={(event) => call(member.userId, () => apiRequest('POST', `/api/projects/${projectId}/members`, { userId: member.userId, role: event.target.value }))}
                  className="rounded border border-stone-400 bg-white px-2 py-1"
                >
                  {PROJECT_ROLES.map((role) => <option key={role} value={role}>{common(`role.${role}`)}</option>)}
                </select>
              </td>
              <td className="p-2 text-end">
                <button
                  type="button"
                  disabled={busy === member.userId}
                  onClick={() => call(member.userId, () => apiRequest('DELETE', `/api/projects/${projectId}/members/${member.userId}`))}
                  className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100"
                  aria-label={t('removeName', { name: member.name })}
                >
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
      <form action={addAction} aria-label={t('addForm')} className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <input type="hidden" name="projectId" value={projectId} />
        {outsiders ? (
          <Field label={t('person')}>
            <select name="userId" required defaultValue="" className={inputClass}>
              <option value="" disabled>{t('choosePerson')}</option>
              {outsiders.map((candidate) => <option key={candidate.id} value={candidate.id}>{t('candidate', { name: candidate.name, email: candidate.email })}</option>)}
            </select>
          </Field>
        ) : (
          <Field label={t('email')}><input name="email" type="email" required maxLength={320} className={inputClass} /></Field>
        )}
        <Field label={t('role')}>
          <select name="role" defaultValue="reviewer" className={inputClass}>
            {PROJECT_ROLES.map((role) => <option key={role} value={role}>{common(`role.${role}`)}</option>)}
          </select>
        </Field>
        <Button type="submit" disabled={adding}>{adding ? t('adding') : t('add')}</Button>
        <div className="sm:col-span-3">
          <FormStatus state={added.added ? { ok: true, message: t(added.added.created ? 'added' : 'roleChanged', { name: added.added.name, role: added.added.role }) } : added} />
        </div>
      </form>
    </div>
  );
}
