// The 95 % intervals beside the agreement figures, as computeConsensus makes
// them on every save, on the 50 reviewers × 2,000 annotations of
// bench/consensus.ts (and 5 × 100): Krippendorff's bootstrap for passage alpha
// (alpha-bootstrap.ts), the stretch bootstrap for u-alpha and cu-alpha
// (u-alpha-bootstrap.ts, including cutting the text into stretches), the unit
// bootstrap for Fleiss' kappa, each with 1,000 resamples, and the analytic
// intervals of the pairwise Cohen matrix (timed with the matrix itself).
// Target: the bootstraps together within 50 ms for 50 × 2,000. Prints the
// median and p95 wall time and median CPU time after a warm-up, and the
// intervals themselves. Nothing here passes or fails.
// Run: npx tsx bench/agreement-intervals.ts
import { bootstrapAlphaNominal } from '../lib/consensus/alpha-bootstrap';
import { BOOTSTRAP_RESAMPLES } from '../lib/consensus/bootstrap-interval';
import { pairwiseAgreement } from '../lib/consensus/cohen-kappa';
import { countedSpans, passageReliabilityData } from '../lib/consensus/compute-consensus';
import { bootstrapFleissKappa } from '../lib/consensus/fleiss-bootstrap';
import { groupPassages } from '../lib/consensus/group-passages';
import { krippendorffAlphaNominal } from '../lib/consensus/krippendorff-alpha';
import { LABELS, type FigureInterval } from '../lib/consensus/types';
import { unitizingAlpha2016, unitizingStretches } from '../lib/consensus/u-alpha-2016';
import { bootstrapUnitizingAlphas } from '../lib/consensus/u-alpha-bootstrap';
import { formatMs, timeRuns } from './support';
import { scenario } from './support/consensus-scenario';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const WARM_UP = 5;

const time = (work: () => unknown) => timeRuns(ROUNDS, WARM_UP, work);

const show = (interval: FigureInterval | null | undefined) => (interval ? `${interval.low.toFixed(3)}–${interval.high.toFixed(3)}` : 'none');

console.log(`Agreement intervals, ${BOOTSTRAP_RESAMPLES.toLocaleString('en')} resamples each, ${ROUNDS} runs after ${WARM_UP} warm-up runs (node ${process.version})`);
for (const [reviewers, total] of [
  [5, 100],
  [50, 2_000],
] as const) {
  const input = scenario(reviewers, total / reviewers);
  const spans = countedSpans(input.spans, input.reviewerIds, input.text.length);
  const data = passageReliabilityData(groupPassages(input.text, spans), input.reviewerIds);
  const unitizing = { length: input.text.length, coderIds: input.reviewerIds, labels: [...LABELS], spans: spans.map((span) => ({ coderId: span.reviewerId, label: span.label, start: span.start, end: span.end })) };

  const alpha = krippendorffAlphaNominal(data);
  const alphaBoot = bootstrapAlphaNominal(data);
  const fleissBoot = bootstrapFleissKappa(data);
  const point = unitizingAlpha2016(unitizing);
  const unitizingBoot = bootstrapUnitizingAlphas(unitizing);
  console.log(`\n${reviewers} reviewers × ${total / reviewers} = ${input.spans.length} annotations → ${data.units} passages, ${unitizingStretches(unitizing)!.cuts.length} stretches of text`);
  console.log(`  α      = ${alpha.value?.toFixed(3)}  95 % CI ${show(alphaBoot.interval)}  (${alphaBoot.draws} pairs drawn per resample)  q(0.667) = ${alphaBoot.belowThresholds?.['0.667']}, q(0.8) = ${alphaBoot.belowThresholds?.['0.8']}`);
  console.log(`  Fleiss κ 95 % CI ${show(fleissBoot.interval)}${fleissBoot.note ? ` (${fleissBoot.note})` : ''}`);
  console.log(`  u-α    = ${point.uAlpha.value?.toFixed(3)}  95 % CI ${show(unitizingBoot.uAlpha.interval)}  q(0.667) = ${unitizingBoot.uAlpha.belowThresholds?.['0.667']}, q(0.8) = ${unitizingBoot.uAlpha.belowThresholds?.['0.8']}`);
  console.log(`  cu-α   = ${point.cuAlpha.value?.toFixed(3)}  95 % CI ${show(unitizingBoot.cuAlpha.interval)}`);

  const rows: [string, () => unknown][] = [
    ["Krippendorff's bootstrap (alpha)", () => bootstrapAlphaNominal(data)],
    ["Fleiss' kappa unit bootstrap", () => bootstrapFleissKappa(data)],
    ['u-α / cu-α stretch bootstrap', () => bootstrapUnitizingAlphas(unitizing)],
    ['all three bootstraps', () => [bootstrapAlphaNominal(data), bootstrapFleissKappa(data), bootstrapUnitizingAlphas(unitizing)]],
    ['pairwise Cohen + analytic CIs', () => pairwiseAgreement(data, input.reviewerIds)],
  ];
  for (const [name, work] of rows) {
    const { wall, cpu } = time(work);
    console.log(`  ${name.padEnd(32)} wall p50 ${formatMs(wall.p50).padStart(9)}, p95 ${formatMs(wall.p95).padStart(9)}; CPU p50 ${formatMs(cpu.p50).padStart(9)}`);
  }
}
