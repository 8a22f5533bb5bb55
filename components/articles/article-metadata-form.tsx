'use client';
// "Edit source and byline…" for an editor of the article's project: corrects what the import read
// from the page (or what a pasted import lacked) through PATCH /api/articles/<id>/metadata. The
// source is typed by name: an existing outlet of that name is used, else one is created. The
// language and direction the import detected are corrected here too.
import * as Dialog from '@radix-ui/react-dialog';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { apiRequest, errorMessage } from '../api/api-request';
import { Field, inputClass } from '../ui/field';
import { TEXT_DIRECTIONS, type TextDirection } from '@/lib/vocabulary';

type Props = {
  articleId: string;
  metadata: { sourceName: string | null; byline: string | null; publishedAt: string | null; canonicalUrl: string | null; language: string; direction: TextDirection };
};

export function ArticleMetadataForm({ articleId, metadata }: Props) {
  const t = useTranslations('articles.metadata');
  const common = useTranslations('common');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const sourceName = text('sourceName');
    const body = {
      // An emptied source field clears the source; an unchanged one is not sent.
      ...(sourceName ? (sourceName !== metadata.sourceName ? { sourceName } : {}) : { sourceId: null }),
      byline: text('byline') || null,
      // The page's date-time is shown as its day; sent only when changed, so an untouched one keeps its time.
      ...(text('publishedAt') !== (metadata.publishedAt?.slice(0, 10) ?? '') ? { publishedAt: text('publishedAt') || null } : {}),
      canonicalUrl: text('canonicalUrl') || null,
      // Sent only when changed: a new language without a new direction brings its own (fa → right to left).
      ...(text('language') !== metadata.language ? { language: text('language') } : {}),
      ...(text('direction') !== metadata.direction ? { direction: text('direction') } : {}),
    };
    setBusy(true);
    setError(undefined);
    try {
      await apiRequest('PATCH', `/api/articles/${articleId}/metadata`, body);
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
      <Dialog.Trigger className="text-blue-900 underline">{t('open')}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-[10vh] left-1/2 z-50 max-h-[85vh] w-[30rem] max-w-[90vw] -translate-x-1/2 overflow-y-auto rounded bg-white p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t('title')}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-stone-700">
            {t('description')}
          </Dialog.Description>
          <form onSubmit={submit} className="mt-4 space-y-3">
            <Field label={t('source')}><input name="sourceName" defaultValue={metadata.sourceName ?? ''} maxLength={200} dir="auto" className={inputClass} /></Field>
            <Field label={t('byline')}><input name="byline" defaultValue={metadata.byline ?? ''} maxLength={300} dir="auto" className={inputClass} /></Field>
            <Field label={t('publishedOn')}><input name="publishedAt" type="date" defaultValue={metadata.publishedAt?.slice(0, 10) ?? ''} className={inputClass} /></Field>
            <Field label={t('canonicalUrl')}><input name="canonicalUrl" type="url" dir="ltr" defaultValue={metadata.canonicalUrl ?? ''} maxLength={2048} className={inputClass} /></Field>
            <div className="grid grid-cols-2 gap-3">
              <Field label={t('language')} hint={t('languageHint')}><input name="language" dir="ltr" defaultValue={metadata.language} required maxLength={35} className={inputClass} /></Field>
              <Field label={t('direction')}>
                <select name="direction" defaultValue={metadata.direction} className={inputClass}>
                  {TEXT_DIRECTIONS.map((direction) => <option key={direction} value={direction}>{common(`direction.${direction}`)}</option>)}
                </select>
              </Field>
            </div>
            {error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
            <div className="flex justify-end gap-2">
              <Dialog.Close type="button" className="rounded border border-stone-400 px-3 py-1.5 text-sm">{t('cancel')}</Dialog.Close>
              <button type="submit" disabled={busy} className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white">{busy ? t('saving') : t('save')}</button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
