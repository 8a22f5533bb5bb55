// Consensus recomputation, as on every read of the consensus view (with 1,000
// bootstrap resamples per interval) and inside every verdict and publication
// (without intervals, `resamples: 0`): computeConsensus on a
// 20,000-character article. The reviews are synthetic but shaped like real
// ones (bench/support/consensus-scenario.ts): the article has "true" passages with a true label; each reviewer finds
// most of them with jittered edges (snapped to words), gives the true label
// with their own accuracy (a few careless reviewers), sometimes splits a
// passage in two, and adds some stray highlights elsewhere. Prints median and
// p95 wall time and median CPU time of the whole call, a per-stage breakdown
// (each stage timed on its own with the same inputs), and the scaling with the
// number of reviewers. Target: 50 reviewers × 2,000 annotations under 20 ms.
// Nothing here passes or fails. Run: npx tsx bench/consensus.ts
import { bootstrapAlphaNominal } from '../lib/consensus/alpha-bootstrap';
import { alphaU1995 } from '../lib/consensus/alpha-u-1995';
import { pairwiseAgreement } from '../lib/consensus/cohen-kappa';
import { computeConsensus, countedSpans, passageReliabilityData } from '../lib/consensus/compute-consensus';
import { coverageSegments } from '../lib/consensus/coverage-segments';
import { dawidSkene } from '../lib/consensus/dawid-skene';
import { bootstrapFleissKappa } from '../lib/consensus/fleiss-bootstrap';
import { fleissKappa } from '../lib/consensus/fleiss-kappa';
import { groupPassages } from '../lib/consensus/group-passages';
import { krippendorffAlphaNominal } from '../lib/consensus/krippendorff-alpha';
import { LABELS, type ConsensusInput } from '../lib/consensus/types';
import { unitizingAlpha2016 } from '../lib/consensus/u-alpha-2016';
import { bootstrapUnitizingAlphas } from '../lib/consensus/u-alpha-bootstrap';
import { formatMs, timeRuns } from './support';
import { scenario, TEXT_LENGTH } from './support/consensus-scenario';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WARM_UP = 5;

const time = (rounds: number, work: () => unknown) => timeRuns(rounds, WARM_UP, work);

/** Each stage of computeConsensus alone, on the same inputs, so the whole can be read against its parts. */
function stages(input: ConsensusInput): [string, number][] {
  const spans = countedSpans(input.spans, input.reviewerIds, input.text.length);
  const groups = groupPassages(input.text, spans);
  const data = passageReliabilityData(groups, input.reviewerIds);
  const unitizing = { length: input.text.length, coderIds: input.reviewerIds };
  const labelled = spans.map((span) => ({ coderId: span.reviewerId, label: span.label, start: span.start, end: span.end }));
  const work: [string, () => unknown][] = [
    ['group passages', () => groupPassages(input.text, spans)],
    ["Krippendorff's alpha", () => krippendorffAlphaNominal(data)],
    ["Fleiss' kappa", () => fleissKappa(data)],
    ['pairwise Cohen', () => pairwiseAgreement(data, input.reviewerIds)],
    ['u-alpha / cu-alpha 2016', () => unitizingAlpha2016({ ...unitizing, spans: labelled, labels: [...LABELS] })],
    ['alpha_u × 3 labels', () => LABELS.map((label) => alphaU1995({ ...unitizing, spans: labelled.filter((span) => span.label === label) }))],
    ['Dawid–Skene', () => dawidSkene(data)],
    ['coverage', () => coverageSegments(spans)],
    ['intervals (bootstraps)', () => [bootstrapAlphaNominal(data), bootstrapFleissKappa(data), bootstrapUnitizingAlphas({ ...unitizing, spans: labelled, labels: [...LABELS] })]],
  ];
  const fit = dawidSkene(data);
  const timed = work.map(([name, run]): [string, number] => [name, time(ROUNDS, run).wall.p50]);
  timed.push(['(sum of the stages)', timed.reduce((sum, [, ms]) => sum + ms, 0)]);
  console.log(`      Dawid–Skene took ${fit.iterations} iterations (${fit.converged ? 'converged' : 'stopped at the cap'})`);
  return timed;
}

function describeScenario(input: ConsensusInput): string {
  const passages = computeConsensus(input).passages.length;
  return `${String(input.reviewerIds.length).padStart(3)} reviewers × ${String(input.spans.length / input.reviewerIds.length).padStart(3)} = ${String(input.spans.length).padStart(5)} annotations → ${String(passages).padStart(4)} passages`;
}

// Warm the JIT on a large input first, so the first (small) scenario is not measured cold.
{
  const warm = scenario(50, 40);
  for (let round = 0; round < 10; round++) computeConsensus(warm);
}
console.log(`computeConsensus on a ${TEXT_LENGTH.toLocaleString('en')}-character article, ${ROUNDS} runs after ${WARM_UP} warm-up runs (node ${process.version})\n`);
for (const [reviewers, total] of [
  [5, 100],
  [50, 2_000],
] as const) {
  const input = scenario(reviewers, total / reviewers);
  const { wall, cpu } = time(ROUNDS, () => computeConsensus(input));
  console.log(`${describeScenario(input)}: wall p50 ${formatMs(wall.p50)}, p95 ${formatMs(wall.p95)}; CPU p50 ${formatMs(cpu.p50)}`);
  const bare = time(ROUNDS, () => computeConsensus({ ...input, options: { ...input.options, resamples: 0 } }));
  console.log(`      without intervals (verdicts, publishing): wall p50 ${formatMs(bare.wall.p50)}, p95 ${formatMs(bare.wall.p95)}; CPU p50 ${formatMs(bare.cpu.p50)}`);
  for (const [name, ms] of stages(input)) console.log(`      ${name.padEnd(26)} ${formatMs(ms).padStart(9)}`);
}

console.log('\nScaling with reviewers, 40 annotations each:\n');
console.log('reviewers  annotations  passages   p50 ms   p95 ms');
const curve: [number, number][] = [];
for (const reviewers of [5, 10, 25, 50, 100, 200]) {
  const input = scenario(reviewers, 40);
  const rounds = reviewers >= 100 ? Math.min(ROUNDS, 7) : ROUNDS;
  const { wall } = time(rounds, () => computeConsensus(input));
  const passages = computeConsensus(input).passages.length;
  curve.push([reviewers, wall.p50]);
  console.log(`${String(reviewers).padStart(9)}  ${String(input.spans.length).padStart(11)}  ${String(passages).padStart(8)}  ${wall.p50.toFixed(1).padStart(7)}  ${wall.p95.toFixed(1).padStart(7)}`);
}
const widest = Math.max(...curve.map(([, ms]) => ms));
console.log('');
for (const [reviewers, ms] of curve) console.log(`${String(reviewers).padStart(4)} │${'█'.repeat(Math.max(1, Math.round((ms / widest) * 50)))} ${formatMs(ms)}`);
