// The workspace's keys, in one place a reader can open from the side panel.
import { useTranslations } from '@/components/i18n/kept-translations';
import { LABELS } from '@/lib/vocabulary';
import { LABEL_KEY } from './labels';

export function KeyboardHelp({ snapToWords }: { snapToWords: boolean }) {
  const t = useTranslations('annotations');
  const keys: [string, string][] = [
    [t('shortcuts.shiftArrows'), t('keyboardHelp.select')],
    ...LABELS.map((label): [string, string] => [LABEL_KEY[label], t('shortcuts.tag', { label })]),
    ['W', t('keyboardHelp.snap', { snap: snapToWords ? 'on' : 'off' })],
    ['Enter', t('keyboardHelp.save')],
    ['Escape', t('keyboardHelp.escape')],
  ];
  return (
    <details className="rounded border border-stone-300 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-semibold">{t('keyboardHelp.title')}</summary>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        {keys.map(([key, what]) => (
          <div key={key} className="contents">
            {/* Keys are named as printed on the keyboard, left to right whatever the page's direction. */}
            <dt><kbd dir="ltr" className="rounded border border-stone-300 bg-stone-100 px-1 text-xs">{key}</kbd></dt>
            <dd className="text-stone-700">{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
