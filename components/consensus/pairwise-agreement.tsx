// Reviewer × reviewer agreement: the grid for the eye, the table for the numbers.
import { useTranslations } from '@/components/i18n/kept-translations';
import type { PairwiseMatrix } from '@/lib/consensus/types';
import { PairwiseMatrixChart } from './pairwise-matrix-chart';
import { PairwiseTable } from './pairwise-table';

type Props = { pairwise: PairwiseMatrix; reviewers: { id: string; name: string }[] };

export function PairwiseAgreement({ pairwise, reviewers }: Props) {
  const t = useTranslations('consensus.pairwise');
  const byId = new Map(reviewers.map((reviewer) => [reviewer.id, reviewer.name]));
  const names = pairwise.reviewers.map((id) => byId.get(id) ?? id);
  return (
    <section aria-labelledby="pairwise-heading" className="space-y-3">
      <h3 id="pairwise-heading" className="text-lg font-semibold">{t('heading')}</h3>
      <p className="max-w-3xl text-sm text-stone-800">{t('intro')}</p>
      {names.length > 1 && <PairwiseMatrixChart pairwise={pairwise} names={names} />}
      <PairwiseTable pairwise={pairwise} names={names} />
    </section>
  );
}
