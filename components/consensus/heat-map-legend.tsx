import clsx from 'clsx';
import { useTranslations } from '@/components/i18n/kept-translations';
import { LABELS } from '@/lib/consensus/types';
import { DEPTH_LEVELS, LABEL_DECORATION_CLASS, NO_MAJORITY_DECORATION_CLASS } from './passage-styles';

/** What the heat map's backgrounds and underlines mean. */
export function HeatMapLegend() {
  const t = useTranslations('consensus.heatMap');
  const tLabel = useTranslations('common.label');
  return (
    <div className="flex flex-wrap gap-x-8 gap-y-2 text-sm text-stone-800">
      <div>
        <p className="font-medium">{t('backgroundLegend')}</p>
        <ul className="mt-1 flex flex-wrap gap-3">
          {DEPTH_LEVELS.map((level, index) => (
            <li key={level.reviewers} className="flex items-center gap-1">
              <span aria-hidden="true" className={clsx('inline-block h-4 w-6 rounded-sm border border-stone-400', level.className)} />
              {index === DEPTH_LEVELS.length - 1 ? t('depthOrMore', { count: level.reviewers }) : t('depth', { count: level.reviewers })}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <p className="font-medium">{t('underlineLegend')}</p>
        <ul className="mt-1 flex flex-wrap gap-3">
          {LABELS.map((label) => (
            <li key={label}>
              <span className={LABEL_DECORATION_CLASS[label]}>{tLabel(label)}</span> {t(`underline.${label}`)}
            </li>
          ))}
          <li>
            <span className={NO_MAJORITY_DECORATION_CLASS}>{t('noMajority')}</span> {t('underline.noMajority')}
          </li>
        </ul>
      </div>
    </div>
  );
}
