import { useTranslations } from '@/components/i18n/kept-translations';
import { ARTICLE_STATUSES } from '@/lib/vocabulary';
import { SearchField } from '../ui/search-field';

/** A plain GET form: filters live in the URL, so they can be shared and bookmarked. */
export function ArticleFilters({ q, status, project }: { q?: string; status?: string; project?: string }) {
  const t = useTranslations('articles.filters');
  const common = useTranslations('common');
  return (
    <form role="search" aria-label={t('name')} className="flex flex-wrap items-end gap-3" action="/">
      {project && <input type="hidden" name="project" value={project} />}
      <SearchField defaultValue={q} />
      <label className="block">
        <span className="text-sm font-medium">{t('status')}</span>
        <select name="status" defaultValue={status ?? ''} className="mt-1 block rounded border border-stone-400 bg-white px-3 py-2">
          <option value="">{t('anyStatus')}</option>
          {ARTICLE_STATUSES.map((value) => (
            <option key={value} value={value}>{common(`articleStatus.${value}`)}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-stone-900 px-4 py-2 text-white">{t('submit')}</button>
    </form>
  );
}
