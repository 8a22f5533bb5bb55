'use client';
// The exports page's form: a filter, a format, then a streamed download with progress.
import { type FormEvent, useState } from 'react';
import { LABEL_OPTIONS } from '../annotations/labels';
import { STATUS_OPTIONS } from '../articles/status-badge';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { type ExportProgress, downloadExport } from './export-download';
import { EXPORT_FORMAT_OPTIONS } from './export-formats';

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Props = {
  publishers: string[];
  /** The projects the person may export; `project` is the one preselected ('' for all of them). */
  projects: { id: string; name: string }[];
  project: string;
};

export function BulkExportForm({ publishers, projects, project }: Props) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Export" className="mt-6 grid max-w-3xl gap-4 sm:grid-cols-2">
      <Field label="Project" hint="Only this project's articles; otherwise every project you may export.">
        <select name="project" defaultValue={project} key={project} className={inputClass}>
          <option value="">All my projects</option>
          {projects.map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
        </select>
      </Field>
      <Field label="Format">
        <select name="format" defaultValue="csv" className={inputClass}>
          {EXPORT_FORMAT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>{option.name} — {option.hint}</option>
          ))}
        </select>
      </Field>
      <Field label="Article status">
        <select name="status" defaultValue="" className={inputClass}>
          <option value="">Any status</option>
          {STATUS_OPTIONS.map(([value, name]) => <option key={value} value={value}>{name}</option>)}
        </select>
      </Field>
      <Field label="Imported from" hint="On or after this day (UTC).">
        <input type="date" name="from" className={inputClass} />
      </Field>
      <Field label="Imported until" hint="On or before this day (UTC).">
        <input type="date" name="to" className={inputClass} />
      </Field>
      <Field label="Label">
        <select name="label" defaultValue="" className={inputClass}>
          <option value="">Any label</option>
          {LABEL_OPTIONS.map((option) => <option key={option.value} value={option.value}>{option.name}</option>)}
        </select>
      </Field>
      <Field label="Publisher">
        <select name="publisher" defaultValue="" className={inputClass}>
          <option value="">Any publisher</option>
          {publishers.map((publisher) => <option key={publisher} value={publisher}>{publisher}</option>)}
        </select>
      </Field>
      <label className="flex items-center gap-2 sm:col-span-2">
        <input type="checkbox" name="bom" value="1" />
        <span className="text-sm">Add a byte-order mark to CSV (for Excel)</span>
      </label>
      <div className="space-y-3 sm:col-span-2">
        <Button type="submit" disabled={busy}>{busy ? 'Exporting…' : 'Export'}</Button>
        {progress && (
          <div role="status" aria-live="polite" className="text-sm text-stone-800">
            <progress aria-label="Export progress" className="block w-full" {...(progress.done ? { value: 1, max: 1 } : {})} />
            {progress.done ? `Done: ${formatBytes(progress.received)} downloaded.` : `Receiving… ${formatBytes(progress.received)}`}
            {progress.expected !== null && ` (${progress.expected.toLocaleString('en')} records)`}
          </div>
        )}
        {error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
      </div>
    </form>
  );
}
