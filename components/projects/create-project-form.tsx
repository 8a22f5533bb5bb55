'use client';
// "New project": name, description and first guidelines (Markdown), sent to POST /api/projects; then the new project's page.
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { apiRequest, errorMessage } from '../api/api-request';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormStatus } from '../ui/form-status';

export function CreateProjectForm() {
  const t = useTranslations('projects.create');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    setBusy(true);
    setError(undefined);
    try {
      const guidelines = text('guidelines');
      const { project } = await apiRequest<{ project: { id: string } }>('POST', '/api/projects', {
        name: text('name'),
        description: text('description'),
        ...(guidelines.trim() ? { guidelines } : {}),
      });
      router.push(`/projects/${project.id}`);
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label={t('form')} className="mt-3 space-y-4">
      <Field label={t('name')}><input name="name" required maxLength={120} className={inputClass} /></Field>
      <Field label={t('description')} hint={t('descriptionHint')}><textarea name="description" rows={2} maxLength={2000} className={inputClass} /></Field>
      <Field label={t('guidelines')} hint={t('guidelinesHint')}>
        <textarea name="guidelines" rows={8} className={`${inputClass} font-mono text-sm`} />
      </Field>
      <FormStatus state={{ error }} />
      <Button type="submit" disabled={busy}>{busy ? t('creating') : t('submit')}</Button>
    </form>
  );
}
