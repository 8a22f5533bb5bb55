// The panel's two filters: by label, and by reviewer where the reader may see
// other people's annotations (panel-filter.ts decides; with no reviewers to
// choose from, the reviewer filter is not drawn at all).
import { useId } from 'react';
import type { Label } from '@/lib/views/annotation-views';
import { LABEL_OPTIONS } from './labels';
import type { PanelFilter } from './panel-filter';

type Props = { filter: PanelFilter; reviewers: { id: string; name: string }[]; onChange(filter: PanelFilter): void };

const selectClass = 'mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1 text-sm';

export function PanelFilters({ filter, reviewers, onChange }: Props) {
  const id = useId();
  return (
    <div role="group" aria-label="Filter the annotations" className="mb-3 grid grid-cols-2 gap-2">
      <div>
        <label htmlFor={`${id}-label`} className="text-xs font-medium text-stone-800">Label</label>
        <select id={`${id}-label`} value={filter.label} onChange={(event) => onChange({ ...filter, label: event.target.value as Label | 'all' })} className={selectClass}>
          <option value="all">All labels</option>
          {LABEL_OPTIONS.map((option) => <option key={option.value} value={option.value}>{option.name}</option>)}
        </select>
      </div>
      {reviewers.length > 0 && (
        <div>
          <label htmlFor={`${id}-reviewer`} className="text-xs font-medium text-stone-800">Reviewer</label>
          <select id={`${id}-reviewer`} value={filter.reviewer} onChange={(event) => onChange({ ...filter, reviewer: event.target.value })} className={selectClass}>
            <option value="all">Everyone</option>
            {reviewers.map((reviewer) => <option key={reviewer.id} value={reviewer.id}>{reviewer.name}</option>)}
          </select>
        </div>
      )}
    </div>
  );
}
