'use client';
// "Move to project…" for an editor of the article's project: another project
// where they are an editor (or admin), an optional reason, POST /api/articles/<id>/move.
import * as Dialog from '@radix-ui/react-dialog';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { apiRequest, errorMessage } from '../api/api-request';
import { Field, inputClass } from '../ui/field';

type Props = { articleId: string; projects: { id: string; name: string }[] };

export function MoveArticleForm({ articleId, projects }: Props) {
  const t = useTranslations('projects.move');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reason = String(form.get('reason') ?? '').trim();
    setBusy(true);
    setError(undefined);
    try {
      await apiRequest('POST', `/api/articles/${articleId}/move`, { projectId: String(form.get('projectId') ?? ''), ...(reason ? { reason } : {}) });
      setOpen(false);
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={(next) => { setOpen(next); if (!next) setError(undefined); }}>
      <Dialog.Trigger className="text-blue-900 underline">{t('trigger')}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-1/3 left-1/2 z-50 w-[28rem] max-w-[90vw] -translate-x-1/2 rounded bg-white p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t('title')}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-stone-700">
            {t('description')}
          </Dialog.Description>
          <form onSubmit={submit} className="mt-4 space-y-3">
            <Field label={t('project')}>
              <select name="projectId" required defaultValue="" className={inputClass}>
                <option value="" disabled>{t('chooseProject')}</option>
                {projects.map((project) => <option key={project.id} value={project.id}>{project.name}</option>)}
              </select>
            </Field>
            <Field label={t('reason')}><textarea name="reason" rows={2} maxLength={2000} className={inputClass} /></Field>
            {error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
            <div className="flex justify-end gap-2">
              <Dialog.Close type="button" className="rounded border border-stone-400 px-3 py-1.5 text-sm">{t('cancel')}</Dialog.Close>
              <button type="submit" disabled={busy} className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white">{busy ? t('moving') : t('submit')}</button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
