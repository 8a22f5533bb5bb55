import clsx from 'clsx';
import type { PassageDisplayState } from '@/lib/consensus/types';
import { STATE_BADGE_CLASS, STATE_HINT, STATE_NAME } from './passage-styles';

export function StateBadge({ state }: { state: PassageDisplayState }) {
  return (
    <span title={STATE_HINT[state]} className={clsx('inline-block rounded border px-2 py-0.5 text-xs font-semibold uppercase tracking-wide', STATE_BADGE_CLASS[state])}>
      {STATE_NAME[state]}
    </span>
  );
}
