// The panel's two filters: by label, and by reviewer where the reader may see
// other people's annotations (panel-filter.ts decides; with no reviewers to
// choose from, the reviewer filter is not drawn at all).
import { useTranslations } from '@/components/i18n/kept-translations';
import { useId } from 'react';
import { LABELS, type Label } from '@/lib/vocabulary';
import type { PanelFilter, ReviewerChoice } from './panel-filter';

type Props = { filter: PanelFilter; reviewers: ReviewerChoice[]; onChange(filter: PanelFilter): void };

const selectClass = 'mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1 text-sm';

export function PanelFilters({ filter, reviewers, onChange }: Props) {
  const t = useTranslations('annotations.filters');
  const common = useTranslations('common');
  const id = useId();
  return (
    <div role="group" aria-label={t('name')} className="mb-3 grid grid-cols-2 gap-2">
      <div>
        <label htmlFor={`${id}-label`} className="text-xs font-medium text-stone-800">{t('label')}</label>
        <select id={`${id}-label`} value={filter.label} onChange={(event) => onChange({ ...filter, label: event.target.value as Label | 'all' })} className={selectClass}>
          <option value="all">{t('allLabels')}</option>
          {LABELS.map((label) => <option key={label} value={label}>{common(`label.${label}`)}</option>)}
        </select>
      </div>
      {reviewers.length > 0 && (
        <div>
          <label htmlFor={`${id}-reviewer`} className="text-xs font-medium text-stone-800">{t('reviewer')}</label>
          <select id={`${id}-reviewer`} value={filter.reviewer} onChange={(event) => onChange({ ...filter, reviewer: event.target.value })} className={selectClass}>
            <option value="all">{t('everyone')}</option>
            {reviewers.map((reviewer) => <option key={reviewer.id} value={reviewer.id}>{reviewer.mine ? t('you') : reviewer.name}</option>)}
          </select>
        </div>
      )}
    </div>
  );
}
