import clsx from 'clsx';
import { LABELS } from '@/lib/consensus/types';
import { LABEL_NAME } from '../annotations/labels';
import { DEPTH_LEVELS, LABEL_DECORATION_CLASS, NO_MAJORITY_DECORATION_CLASS } from './passage-styles';

const LABEL_STYLE_WORDS = { claim: 'solid underline', opinion: 'dashed underline', unsupported: 'wavy underline' } as const;

/** What the heat map's backgrounds and underlines mean. */
export function HeatMapLegend() {
  return (
    <div className="flex flex-wrap gap-x-8 gap-y-2 text-sm text-stone-800">
      <div>
        <p className="font-medium">Background: reviewers who marked the text</p>
        <ul className="mt-1 flex flex-wrap gap-3">
          {DEPTH_LEVELS.map((level) => (
            <li key={level.reviewers} className="flex items-center gap-1">
              <span aria-hidden="true" className={clsx('inline-block h-4 w-6 rounded-sm border border-stone-400', level.className)} />
              {level.name}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <p className="font-medium">Underline: the label most of them gave</p>
        <ul className="mt-1 flex flex-wrap gap-3">
          {LABELS.map((label) => (
            <li key={label}>
              <span className={LABEL_DECORATION_CLASS[label]}>{LABEL_NAME[label]}</span> ({LABEL_STYLE_WORDS[label]})
            </li>
          ))}
          <li>
            <span className={NO_MAJORITY_DECORATION_CLASS}>No majority</span> (dotted underline: labels tie)
          </li>
        </ul>
      </div>
    </div>
  );
}
