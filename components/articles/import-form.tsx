'use client';
import * as Tabs from '@radix-ui/react-tabs';
import { useActionState, useState } from 'react';
import { importArticleAction } from '@/lib/server/actions/import-article-action';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormStatus } from '../ui/form-status';

type Mode = 'paste' | 'upload' | 'url';

type Props = {
  /** The projects the person may import into; `project` is preselected ('' when they must choose). */
  projects: { id: string; name: string }[];
  project: string;
};

export function ImportForm({ projects, project }: Props) {
  const [mode, setMode] = useState<Mode>('paste');
  const [state, action, pending] = useActionState(importArticleAction, {});
  const tab = 'rounded-t border border-b-0 border-stone-300 px-4 py-2 data-[state=active]:bg-white data-[state=active]:font-semibold data-[state=inactive]:bg-stone-100';

  return (
    <form action={action} className="mt-6 max-w-3xl space-y-5">
      <input type="hidden" name="mode" value={mode} />
      <Field label="Project" hint="The article's reviewers are this project's members, and they work under its guidelines.">
        <select name="projectId" required defaultValue={project} className={inputClass}>
          <option value="" disabled>Choose a project…</option>
          {projects.map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
        </select>
      </Field>
      <Tabs.Root value={mode} onValueChange={(value) => setMode(value as Mode)}>
        <Tabs.List aria-label="How to import" className="flex gap-1">
          <Tabs.Trigger value="paste" className={tab}>Paste</Tabs.Trigger>
          <Tabs.Trigger value="upload" className={tab}>Upload a file</Tabs.Trigger>
          <Tabs.Trigger value="url" className={tab}>From a URL</Tabs.Trigger>
        </Tabs.List>
        <div className="rounded-b rounded-se border border-stone-300 bg-white p-5">
          <Tabs.Content value="paste" forceMount className="space-y-3 data-[state=inactive]:hidden">
            <fieldset className="flex gap-4 text-sm">
              <legend className="sr-only">Pasted content is</legend>
              <label className="flex items-center gap-1"><input type="radio" name="format" value="text" defaultChecked /> Plain text</label>
              <label className="flex items-center gap-1"><input type="radio" name="format" value="html" /> HTML</label>
            </fieldset>
            <Field label="Article content" hint="Plain text: the first line is the headline unless you give a title; one paragraph per line.">
              <textarea name="content" rows={14} className={inputClass} />
            </Field>
          </Tabs.Content>
          <Tabs.Content value="upload" forceMount className="space-y-3 data-[state=inactive]:hidden">
            <Field label="File" hint=".txt or .html, up to 2 MB">
              <input name="file" type="file" accept=".txt,.html,.htm,text/plain,text/html" className="mt-1 block" />
            </Field>
          </Tabs.Content>
          <Tabs.Content value="url" forceMount className="space-y-3 data-[state=inactive]:hidden">
            <Field label="Article URL" hint="The server fetches the page (public addresses only) and keeps its readable content.">
              <input name="url" type="url" placeholder="https://…" className={inputClass} />
            </Field>
          </Tabs.Content>
        </div>
      </Tabs.Root>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">Details (optional — taken from the page when importing by URL)</legend>
        <Field label="Title"><input name="title" maxLength={500} className={inputClass} /></Field>
        <Field label="Publisher"><input name="publisher" maxLength={200} className={inputClass} /></Field>
        <Field label="Byline"><input name="byline" maxLength={300} className={inputClass} /></Field>
        <Field label="Published date"><input name="publishedAt" type="date" className={inputClass} /></Field>
      </fieldset>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>{pending ? 'Importing…' : 'Import article'}</Button>
    </form>
  );
}
