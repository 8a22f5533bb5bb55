'use client';
// The exports page's form: a filter, a format, then a streamed download with progress.
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { type FormEvent, useState } from 'react';
import { ARTICLE_STATUSES, LABELS } from '@/lib/vocabulary';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { type ExportProgress, ExportFailed, downloadExport } from './export-download';
import { EXPORT_FORMAT_OPTIONS } from './export-formats';

type Props = {
  publishers: string[];
  /** The projects the person may export; `project` is the one preselected ('' for all of them). */
  projects: { id: string; name: string }[];
  project: string;
};

export function BulkExportForm({ publishers, projects, project }: Props) {
  const t = useTranslations('exports');
  const common = useTranslations('common');
  const format = useFormatter();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const bytes = (count: number) => {
    const size = (value: number) => format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return count < 1024 * 1024 ? t('form.kilobytes', { size: size(count / 1024) }) : t('form.megabytes', { size: size(count / 1024 / 1024) });
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const query = new URLSearchParams();
    for (const [key, value] of form) if (typeof value === 'string' && value !== '') query.set(key, value);
    setBusy(true);
    setError(null);
    setProgress({ received: 0, expected: null, done: false });
    try {
      await downloadExport(`/api/exports?${query}`, setProgress);
    } catch (caught) {
      setProgress(null);
      if (caught instanceof ExportFailed) setError(caught.serverMessage ?? t('form.serverAnswered', { status: caught.status }));
      else setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label={t('form.form')} className="mt-6 grid max-w-3xl gap-4 sm:grid-cols-2">
      <Field label={t('form.project')} hint={t('form.projectHint')}>
        <select name="project" defaultValue={project} key={project} className={inputClass}>
          <option value="">{t('form.allProjects')}</option>
          {projects.map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
        </select>
      </Field>
      <Field label={t('form.format')}>
        <select name="format" defaultValue="csv" className={inputClass}>
          {EXPORT_FORMAT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>{t('form.formatOption', { name: t(`format.${option.key}.name`), hint: t(`format.${option.key}.hint`) })}</option>
          ))}
        </select>
      </Field>
      <Field label={t('form.status')}>
        <select name="status" defaultValue="" className={inputClass}>
          <option value="">{t('form.anyStatus')}</option>
          {ARTICLE_STATUSES.map((status) => <option key={status} value={status}>{common(`articleStatus.${status}`)}</option>)}
        </select>
      </Field>
      <Field label={t('form.from')} hint={t('form.fromHint')}>
        <input type="date" name="from" className={inputClass} />
      </Field>
      <Field label={t('form.to')} hint={t('form.toHint')}>
        <input type="date" name="to" className={inputClass} />
      </Field>
      <Field label={t('form.label')}>
        <select name="label" defaultValue="" className={inputClass}>
          <option value="">{t('form.anyLabel')}</option>
          {LABELS.map((label) => <option key={label} value={label}>{common(`label.${label}`)}</option>)}
        </select>
      </Field>
      <Field label={t('form.publisher')}>
        <select name="publisher" defaultValue="" className={inputClass}>
          <option value="">{t('form.anyPublisher')}</option>
          {publishers.map((publisher) => <option key={publisher} value={publisher}>{publisher}</option>)}
        </select>
      </Field>
      <label className="flex items-center gap-2 sm:col-span-2">
        <input type="checkbox" name="bom" value="1" />
        <span className="text-sm">{t('form.bom')}</span>
      </label>
      <div className="space-y-3 sm:col-span-2">
        <Button type="submit" disabled={busy}>{busy ? t('form.exporting') : t('form.submit')}</Button>
        {progress && (
          <div role="status" aria-live="polite" className="text-sm text-stone-800">
            <progress aria-label={t('form.progress')} className="block w-full" {...(progress.done ? { value: 1, max: 1 } : {})} />
            {progress.done ? t('form.done', { size: bytes(progress.received) }) : t('form.receiving', { size: bytes(progress.received) })}
            {progress.expected !== null && t('form.records', { count: progress.expected })}
          </div>
        )}
        {error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
      </div>
    </form>
  );
}
