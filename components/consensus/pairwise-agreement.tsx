// Reviewer × reviewer agreement: the grid for the eye, the table for the numbers.
import type { PairwiseMatrix } from '@/lib/consensus/types';
import { PairwiseMatrixChart } from './pairwise-matrix-chart';
import { PairwiseTable } from './pairwise-table';

type Props = { pairwise: PairwiseMatrix; reviewers: { id: string; name: string }[] };

export function PairwiseAgreement({ pairwise, reviewers }: Props) {
  const byId = new Map(reviewers.map((reviewer) => [reviewer.id, reviewer.name]));
  const names = pairwise.reviewers.map((id) => byId.get(id) ?? id);
  return (
    <section aria-labelledby="pairwise-heading" className="space-y-3">
      <h3 id="pairwise-heading" className="text-lg font-semibold">Pairwise agreement (Cohen&apos;s kappa)</h3>
      <p className="max-w-3xl text-sm text-stone-800">
        Cohen&apos;s kappa (Cohen 1960) for each pair of reviewers, on the passages both labelled: their agreement corrected for what their own label frequencies
        would produce by chance. A reviewer who disagrees with everyone stands out as a pale row. The interval is κ ± 1.96 large-sample standard errors
        (Fleiss, Cohen &amp; Everitt 1969), a large-sample formula: a pair sharing fewer than 10 passages gets none, and even above that it is too narrow
        when the units beside it are few.
      </p>
      {names.length > 1 && <PairwiseMatrixChart pairwise={pairwise} names={names} />}
      <PairwiseTable pairwise={pairwise} names={names} />
    </section>
  );
}
