'use client';
import * as Tabs from '@radix-ui/react-tabs';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useActionState, useState } from 'react';
import { importArticleAction } from '@/lib/server/actions/import-article-action';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormStatus } from '../ui/form-status';

type Mode = 'paste' | 'upload' | 'url';

/** An example address, the same in every language. */
const URL_PLACEHOLDER = 'https://…';

type Props = {
  /** The projects the person may import into; `project` is preselected ('' when they must choose). */
  projects: { id: string; name: string }[];
  project: string;
};

export function ImportForm({ projects, project }: Props) {
  const t = useTranslations('articles.import');
  const [mode, setMode] = useState<Mode>('paste');
  const [state, action, pending] = useActionState(importArticleAction, {});
  const tab = 'rounded-t border border-b-0 border-stone-300 px-4 py-2 data-[state=active]:bg-white data-[state=active]:font-semibold data-[state=inactive]:bg-stone-100';

  return (
    <form action={action} className="mt-6 max-w-3xl space-y-5">
      <input type="hidden" name="mode" value={mode} />
      <Field label={t('project')} hint={t('projectHint')}>
        <select name="projectId" required defaultValue={project} className={inputClass}>
          <option value="" disabled>{t('chooseProject')}</option>
          {projects.map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
        </select>
      </Field>
      <Tabs.Root value={mode} onValueChange={(value) => setMode(value as Mode)}>
        <Tabs.List aria-label={t('how')} className="flex gap-1">
          <Tabs.Trigger value="paste" className={tab}>{t('paste')}</Tabs.Trigger>
          <Tabs.Trigger value="upload" className={tab}>{t('upload')}</Tabs.Trigger>
          <Tabs.Trigger value="url" className={tab}>{t('url')}</Tabs.Trigger>
        </Tabs.List>
        <div className="rounded-b rounded-se border border-stone-300 bg-white p-5">
          <Tabs.Content value="paste" forceMount className="space-y-3 data-[state=inactive]:hidden">
            <fieldset className="flex gap-4 text-sm">
              <legend className="sr-only">{t('pastedIs')}</legend>
              <label className="flex items-center gap-1"><input type="radio" name="format" value="text" defaultChecked /> {t('plainText')}</label>
              <label className="flex items-center gap-1"><input type="radio" name="format" value="html" /> {t('html')}</label>
            </fieldset>
            <Field label={t('content')} hint={t('contentHint')}>
              <textarea name="content" rows={14} dir="auto" className={inputClass} />
            </Field>
          </Tabs.Content>
          <Tabs.Content value="upload" forceMount className="space-y-3 data-[state=inactive]:hidden">
            <Field label={t('file')} hint={t('fileHint')}>
              <input name="file" type="file" accept=".txt,.html,.htm,text/plain,text/html" className="mt-1 block" />
            </Field>
          </Tabs.Content>
          <Tabs.Content value="url" forceMount className="space-y-3 data-[state=inactive]:hidden">
            <Field label={t('articleUrl')} hint={t('articleUrlHint')}>
              <input name="url" type="url" dir="ltr" placeholder={URL_PLACEHOLDER} className={inputClass} />
            </Field>
          </Tabs.Content>
        </div>
      </Tabs.Root>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">{t('details')}</legend>
        <Field label={t('titleField')}><input name="title" maxLength={500} dir="auto" className={inputClass} /></Field>
        <Field label={t('publisher')}><input name="publisher" maxLength={200} dir="auto" className={inputClass} /></Field>
        <Field label={t('byline')}><input name="byline" maxLength={300} dir="auto" className={inputClass} /></Field>
        <Field label={t('publishedDate')}><input name="publishedAt" type="date" className={inputClass} /></Field>
      </fieldset>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>{pending ? t('importing') : t('submit')}</Button>
    </form>
  );
}
