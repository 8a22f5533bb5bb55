// The editor's download menu for one article: a disclosure with a link per format.
import { useTranslations } from '@/components/i18n/kept-translations';
import { EXPORT_FORMAT_OPTIONS } from './export-formats';

export function ArticleDownloadMenu({ articleId }: { articleId: string }) {
  const t = useTranslations('exports');
  return (
    <details className="relative">
      <summary className="cursor-pointer text-blue-900 underline">{t('menu.download')}</summary>
      <ul aria-label={t('menu.list')} className="absolute end-0 z-20 mt-1 w-80 rounded border border-stone-300 bg-white p-2 shadow-lg">
        {EXPORT_FORMAT_OPTIONS.map((option) => (
          <li key={option.value}>
            <a href={`/api/articles/${articleId}/export?format=${encodeURIComponent(option.value)}`} download className="block rounded px-2 py-1 hover:bg-stone-100">
              <span className="font-medium text-stone-900">{t(`format.${option.key}.name`)}</span>
              <span className="block text-xs text-stone-700">{t(`format.${option.key}.hint`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
