'use client';
import { useTranslations } from '@/components/i18n/kept-translations';
import Link from 'next/link';
import { useState } from 'react';
import type { ReanchorReport } from '@/lib/views/annotation-views';
import { Button } from '../ui/button';

export function ReviseTextForm({ articleId, currentText }: { articleId: string; currentText: string }) {
  const t = useTranslations('articles.revise');
  const [content, setContent] = useState(currentText);
  const [format, setFormat] = useState<'text' | 'html'>('text');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [report, setReport] = useState<ReanchorReport>();

  async function submit() {
    setPending(true);
    setError(undefined);
    try {
      const response = await fetch(`/api/articles/${articleId}/text`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ [format]: content }) });
      const payload = (await response.json()) as { report?: ReanchorReport; error?: { message: string } };
      if (!response.ok || !payload.report) setError(payload.error?.message ?? t('serverAnswered', { status: response.status }));
      else setReport(payload.report);
    } catch {
      setError(t('unreachable'));
    } finally {
      setPending(false);
    }
  }

  if (report) {
    return (
      <section role="status" className="mt-6 max-w-3xl space-y-2 rounded border border-green-300 bg-green-50 p-4">
        <h2 className="font-semibold">{t('saved', { revision: report.revision })}</h2>
        <ul className="list-disc ps-6 text-sm">
          <li>{t('kept', { count: report.kept.length })}</li>
          <li>{t('moved', { count: report.moved.length })}</li>
          <li>{t('orphaned', { count: report.orphaned.length })}</li>
        </ul>
        <Link href={`/articles/${articleId}`} className="inline-block text-blue-900 underline">{t('back')}</Link>
      </section>
    );
  }
  return (
    <form
      className="mt-6 max-w-3xl space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">{t('newVersionIs')}</legend>
        <label className="flex items-center gap-1"><input type="radio" name="format" checked={format === 'text'} onChange={() => setFormat('text')} /> {t('plainText')}</label>
        <label className="flex items-center gap-1"><input type="radio" name="format" checked={format === 'html'} onChange={() => setFormat('html')} /> {t('html')}</label>
      </fieldset>
      <label className="block">
        <span className="text-sm font-medium">{t('newVersion')}</span>
        <textarea dir="auto" value={content} onChange={(event) => setContent(event.target.value)} rows={20} className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 font-mono text-sm" />
      </label>
      {error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
      <Button type="submit" disabled={pending}>{pending ? t('saving') : t('save')}</Button>
    </form>
  );
}
