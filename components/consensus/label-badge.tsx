import clsx from 'clsx';
import { useTranslations } from '@/components/i18n/kept-translations';
import type { Label } from '@/lib/consensus/types';
import { LABEL_BADGE_CLASS, NO_MAJORITY_BADGE_CLASS } from './passage-styles';

export function LabelBadge({ label }: { label: Label }) {
  const t = useTranslations('common.label');
  return <span className={clsx('inline-block rounded px-1.5 py-0.5 text-xs font-semibold', LABEL_BADGE_CLASS[label])}>{t(label)}</span>;
}

/** A consensus label, or "No majority" where the votes tie. */
export function ConsensusLabelBadge({ label }: { label: Label | null }) {
  const t = useTranslations('consensus');
  if (label === null) return <span className={clsx('inline-block rounded px-1.5 py-0.5 text-xs font-semibold', NO_MAJORITY_BADGE_CLASS)}>{t('noMajority')}</span>;
  return <LabelBadge label={label} />;
}
