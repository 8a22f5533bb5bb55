'use client';
// "Edit project": name, description, guidelines and whether new articles open to
// their assigned reviewers only, sent to PATCH /api/projects/<id>.
// Changed guidelines become the next version; the old ones stay in the history.
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { apiRequest, errorMessage } from '../api/api-request';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormStatus } from '../ui/form-status';

type Props = { project: { id: string; name: string; description: string; guidelines: string; guidelinesVersion: number; assignedOnlyDefault: boolean } };

export function ProjectSettingsForm({ project }: Props) {
  const t = useTranslations('projects.settings');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<{ message?: string; error?: string }>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    setBusy(true);
    setState({});
    try {
      const { project: saved } = await apiRequest<{ project: { guidelinesVersion: number } }>('PATCH', `/api/projects/${project.id}`, {
        name: text('name'),
        description: text('description'),
        guidelines: text('guidelines'),
        assignedOnlyDefault: form.get('assignedOnlyDefault') === 'on',
      });
      setState({
        message: saved.guidelinesVersion !== project.guidelinesVersion ? t('savedVersion', { version: saved.guidelinesVersion }) : t('saved'),
      });
      router.refresh();
    } catch (caught) {
      setState({ error: errorMessage(caught) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label={t('form')} className="space-y-4">
      <Field label={t('name')}><input name="name" required maxLength={120} defaultValue={project.name} className={inputClass} /></Field>
      <Field label={t('description')}><textarea name="description" rows={2} maxLength={2000} defaultValue={project.description} className={inputClass} /></Field>
      <Field label={t('guidelines')} hint={t('guidelinesHint')}>
        <textarea name="guidelines" rows={12} defaultValue={project.guidelines} className={`${inputClass} font-mono text-sm`} />
      </Field>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="assignedOnlyDefault" defaultChecked={project.assignedOnlyDefault} />
        {t('assignedOnly')}
      </label>
      <FormStatus state={state} />
      <Button type="submit" disabled={busy}>{busy ? t('saving') : t('submit')}</Button>
    </form>
  );
}
