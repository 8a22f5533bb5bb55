import clsx from 'clsx';
import { useTranslations } from '@/components/i18n/kept-translations';
import type { PassageDisplayState } from '@/lib/consensus/types';
import { STATE_BADGE_CLASS } from './passage-styles';

export function StateBadge({ state }: { state: PassageDisplayState }) {
  const t = useTranslations('consensus.state');
  return (
    <span title={t(`hint.${state}`)} className={clsx('inline-block rounded border px-2 py-0.5 text-xs font-semibold uppercase tracking-wide', STATE_BADGE_CLASS[state])}>
      {t(`name.${state}`)}
    </span>
  );
}
