// Consensus recomputation, as on every save: computeConsensus on a
// 20,000-character article. The reviews are synthetic but shaped like real
// ones: the article has "true" passages with a true label; each reviewer finds
// most of them with jittered edges (snapped to words), gives the true label
// with their own accuracy (a few careless reviewers), sometimes splits a
// passage in two, and adds some stray highlights elsewhere. Prints median and
// p95 wall time and median CPU time of the whole call, a per-stage breakdown
// (each stage timed on its own with the same inputs), and the scaling with the
// number of reviewers. Target: 50 reviewers × 2,000 annotations under 20 ms.
// Nothing here passes or fails. Run: npx tsx bench/consensus.ts
import { alphaU1995 } from '../lib/consensus/alpha-u-1995';
import { pairwiseAgreement } from '../lib/consensus/cohen-kappa';
import { computeConsensus, countedSpans, passageReliabilityData } from '../lib/consensus/compute-consensus';
import { coverageSegments } from '../lib/consensus/coverage-segments';
import { dawidSkene } from '../lib/consensus/dawid-skene';
import { fleissKappa } from '../lib/consensus/fleiss-kappa';
import { groupPassages } from '../lib/consensus/group-passages';
import { krippendorffAlphaNominal } from '../lib/consensus/krippendorff-alpha';
import { LABELS, type ConsensusInput, type Label, type ReviewerSpan } from '../lib/consensus/types';
import { unitizingAlpha2016 } from '../lib/consensus/u-alpha-2016';
import { formatMs, summarise } from './support';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const TEXT_LENGTH = 20_000;
const WARM_UP = 5;

// Deterministic pseudo-random numbers (Park–Miller), so runs are comparable.
let seed = 20_240_601;
const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const SUBJECTS = ['The minister', 'Officials in Kyiv', 'A spokesman', 'Analysts', 'The opposition', 'Local residents', 'The central bank', 'Police'];
const VERBS = ['said', 'denied that', 'claimed that', 'warned that', 'insisted that', 'estimated that'];
const CLAUSES = ['prices rose by 12% last year', 'the border was closed on Monday', 'turnout was the highest since 1990', 'the plan is a disgrace', 'nobody was hurt', 'the army has 40,000 troops in the region', 'the report was leaked deliberately', 'the reform will fail'];

function article(length: number): string {
  let text = '';
  while (text.length < length) text += `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAUSES)}.${random() < 0.15 ? '\n' : ' '}`;
  return text.slice(0, length);
}

type Truth = { start: number; end: number; label: Label };

/** Non-overlapping true passages of 20–200 characters, spread over the text. */
function truePassages(count: number, words: number[]): Truth[] {
  const slot = Math.floor(TEXT_LENGTH / count);
  return Array.from({ length: count }, (_, i) => {
    const start = snap(words, i * slot + Math.floor(random() * slot * 0.3));
    const end = Math.min(snap(words, start + 20 + Math.floor(random() * 180)), (i + 1) * slot - 1);
    const roll = random();
    return { start, end: Math.max(end, start + 10), label: roll < 0.5 ? 'claim' : roll < 0.75 ? 'opinion' : 'unsupported' };
  });
}

/** The nearest word start at or after `at`. */
function snap(words: number[], at: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return words[low]!;
}

function otherLabel(label: Label): Label {
  const others = LABELS.filter((candidate) => candidate !== label);
  return pick(others);
}

/** One reviewer's spans: mostly true passages with jittered edges, some stray ones. */
function review(reviewerId: string, count: number, truths: Truth[], words: number[]): ReviewerSpan[] {
  const accuracy = random() < 0.1 ? 0.5 : 0.8 + random() * 0.15;
  const order = truths.map((truth, index) => ({ truth, key: random(), index })).sort((a, b) => a.key - b.key);
  const spans: ReviewerSpan[] = [];
  const add = (label: Label, start: number, end: number) => {
    if (end > start) spans.push({ id: `${reviewerId}-${spans.length}`, reviewerId, label, start, end: Math.min(end, TEXT_LENGTH) });
  };
  for (const { truth } of order) {
    if (spans.length >= count) break;
    const label = random() < accuracy ? truth.label : otherLabel(truth.label);
    if (random() < 0.1) {
      const start = snap(words, Math.floor(random() * (TEXT_LENGTH - 300)));
      add(pick(LABELS), start, snap(words, start + 20 + Math.floor(random() * 150)));
      continue;
    }
    const jitter = Math.max(3, Math.floor((truth.end - truth.start) * 0.15));
    const start = snap(words, Math.max(0, truth.start + Math.floor((random() - 0.5) * 2 * jitter)));
    const end = snap(words, truth.end + Math.floor((random() - 0.5) * 2 * jitter));
    if (random() < 0.05 && end - start > 40) {
      const middle = snap(words, start + Math.floor((end - start) / 2));
      add(label, start, middle);
      add(label, middle, end);
    } else {
      add(label, start, end);
    }
  }
  return spans.slice(0, count);
}

function scenario(reviewers: number, perReviewer: number): ConsensusInput {
  const text = article(TEXT_LENGTH);
  const words = [...text.matchAll(/(?<=^|\s)\S/g)].map((match) => match.index).concat(TEXT_LENGTH);
  const truths = truePassages(Math.ceil(perReviewer * 1.5), words);
  const reviewerIds = Array.from({ length: reviewers }, (_, i) => `reviewer-${i}`);
  const spans = reviewerIds.flatMap((id) => review(id, perReviewer, truths, words));
  const verdicts = truths.slice(0, 5).map((truth, i) => ({ id: `verdict-${i}`, passageKey: `${truth.start}-${truth.end}`, start: truth.start, end: truth.end, label: truth.label }));
  return { text, reviewerIds, spans, verdicts };
}

function time(rounds: number, work: () => unknown) {
  for (let round = 0; round < WARM_UP; round++) work(); // let the JIT settle
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    work();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: summarise(wall), cpu: summarise(cpu) };
}

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
