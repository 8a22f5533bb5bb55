import { useTranslations } from '@/components/i18n/kept-translations';
import { ARTICLE_STATUSES } from '@/lib/vocabulary';
import { SearchField } from '../ui/search-field';

type Props = { q?: string; status?: string; needs?: string; sort?: string; project?: string };

const selectClass = 'mt-1 block rounded border border-stone-400 bg-white px-3 py-2';

/** A plain GET form: the queue's filters live in the URL, so a view can be shared and bookmarked. */
export function ReviewQueueFilters({ q, status, needs, sort, project }: Props) {
  const t = useTranslations('review.filters');
  const common = useTranslations('common');
  return (
    <form role="search" aria-label={t('form')} className="flex flex-wrap items-end gap-3" action="/review">
      {project && <input type="hidden" name="project" value={project} />}
      <SearchField defaultValue={q} />
      <label className="block">
        <span className="text-sm font-medium">{t('status')}</span>
        <select name="status" defaultValue={status ?? ''} className={selectClass}>
          <option value="">{t('allUnpublished')}</option>
          {ARTICLE_STATUSES.map((value) => (
            <option key={value} value={value}>{common(`articleStatus.${value}`)}</option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="text-sm font-medium">{t('needs')}</span>
        <select name="needs" defaultValue={needs ?? ''} className={selectClass}>
          <option value="">{t('anything')}</option>
          <option value="reviews">{t('reviews')}</option>
          <option value="disputes">{t('disputes')}</option>
        </select>
      </label>
      <label className="block">
        <span className="text-sm font-medium">{t('sort')}</span>
        <select name="sort" defaultValue={sort ?? 'need'} className={selectClass}>
          <option value="need">{t('need')}</option>
          <option value="age">{t('age')}</option>
          <option value="activity">{t('activity')}</option>
        </select>
      </label>
      <button type="submit" className="rounded bg-stone-900 px-4 py-2 text-white">{t('submit')}</button>
    </form>
  );
}
