import clsx from 'clsx';
import type { Label } from '@/lib/consensus/types';
import { LABEL_NAME } from '../annotations/labels';
import { LABEL_BADGE_CLASS, NO_MAJORITY_BADGE_CLASS } from './passage-styles';

export function LabelBadge({ label }: { label: Label }) {
  return <span className={clsx('inline-block rounded px-1.5 py-0.5 text-xs font-semibold', LABEL_BADGE_CLASS[label])}>{LABEL_NAME[label]}</span>;
}

/** A consensus label, or "No majority" where the votes tie. */
export function ConsensusLabelBadge({ label }: { label: Label | null }) {
  if (label === null) return <span className={clsx('inline-block rounded px-1.5 py-0.5 text-xs font-semibold', NO_MAJORITY_BADGE_CLASS)}>No majority</span>;
  return <LabelBadge label={label} />;
}
