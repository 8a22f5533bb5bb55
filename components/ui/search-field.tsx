import { useTranslations } from '@/components/i18n/kept-translations';

/** The title-or-publisher search box of the list filters (a plain GET form's `q`). */
export function SearchField({ defaultValue }: { defaultValue?: string }) {
  const t = useTranslations('layout.search');
  return (
    <label className="block">
      <span className="text-sm font-medium">{t('label')}</span>
      <input name="q" type="search" defaultValue={defaultValue} placeholder={t('placeholder')} className="mt-1 block w-72 rounded border border-stone-400 bg-white px-3 py-2" />
    </label>
  );
}
