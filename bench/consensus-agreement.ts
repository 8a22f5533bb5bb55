// Label-agreement coefficients (lib/consensus) against independent
// implementations on the same data in the same run: Krippendorff's alpha
// (nominal) vs nltk's AnnotationTask.alpha(), Fleiss' kappa vs statsmodels'
// fleiss_kappa, Cohen's kappa (coders 0 and 1) vs statsmodels' cohens_kappa.
// The data: a true label per unit, each coder giving it with probability 0.6
// and a random one of three labels otherwise; about 20% of values missing, all
// of them in half the units (40% there), so that Fleiss' kappa, which needs
// units every coder labelled, has some. Ours are timed as the median per call
// over many batched runs after a warm-up; the Python script times its own
// calls with time.perf_counter (nltk's task construction is reported apart).
// Nothing here passes or fails, but a value that differs is flagged.
// Run: npx tsx bench/consensus-agreement.ts  (needs Debian's /usr/bin/python3 with python3-nltk and python3-statsmodels)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cohenKappa, pairwiseAgreement } from '../lib/consensus/cohen-kappa';
import { fleissKappa } from '../lib/consensus/fleiss-kappa';
import { krippendorffAlphaNominal, reliabilityData } from '../lib/consensus/krippendorff-alpha';
import type { ReliabilityData } from '../lib/consensus/types';
import { ROOT } from './support';

const PYTHON = '/usr/bin/python3';
const REFERENCE_SCRIPT = path.join(ROOT, 'bench/support/agreement-reference.py');
const CATEGORIES = 3;

// Deterministic pseudo-random numbers (Park–Miller), so runs are comparable.
let seed = 20_240_601;
const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;

function dataset(units: number, coders: number): ReliabilityData {
  const data = reliabilityData(units, coders, CATEGORIES);
  for (let unit = 0; unit < units; unit++) {
    const truth = Math.floor(random() * CATEGORIES);
    const missing = unit % 2 === 0 ? 0 : 0.4;
    for (let coder = 0; coder < coders; coder++) {
      if (random() < missing) continue;
      data.values[unit * coders + coder] = random() < 0.6 ? truth : Math.floor(random() * CATEGORIES);
    }
  }
  return data;
}

type Timing = { value: number | null; medianMs: number; runs: number };

/** Median time per call: calls are batched so each sample is long enough for the clock, after a warm-up. */
function time(compute: () => number | null): Timing {
  let value = compute();
  const warmUpEnd = performance.now() + 200;
  let calls = 0;
  while (performance.now() < warmUpEnd || calls < 20) {
    value = compute();
    calls++;
  }
  const perCall = 200 / calls;
  const batch = Math.max(1, Math.ceil(0.5 / perCall));
  const samples: number[] = [];
  const end = performance.now() + 1_000;
  while (samples.length < 30 || (performance.now() < end && samples.length < 1_000)) {
    const started = performance.now();
    for (let i = 0; i < batch; i++) value = compute();
    samples.push((performance.now() - started) / batch);
  }
  samples.sort((a, b) => a - b);
  return { value, medianMs: samples[Math.floor(samples.length / 2)]!, runs: samples.length * batch };
}

type Reference = {
  nltkTaskBuildMs: number;
  nltkAlpha: number;
  nltkAlphaMs: number;
  nltkAlphaRuns: number;
  statsmodelsFleiss: number | null;
  statsmodelsFleissMs: number;
  statsmodelsFleissRuns: number;
  statsmodelsCohen: number | null;
  statsmodelsCohenMs: number;
  statsmodelsCohenRuns: number;
};

function reference(data: ReliabilityData): Reference | null {
  if (!existsSync(PYTHON)) return null;
  const input = JSON.stringify({ units: data.units, coders: data.coders, categories: data.categories, values: Array.from(data.values) });
  const run = spawnSync(PYTHON, [REFERENCE_SCRIPT], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) {
    console.log(`  (${PYTHON} ${path.relative(ROOT, REFERENCE_SCRIPT)} failed: ${run.stderr.trim().split('\n').pop()})`);
    return null;
  }
  return JSON.parse(run.stdout) as Reference;
}

const formatValue = (value: number | null) => (value === null ? 'null' : value.toFixed(9));
const formatTime = (ms: number) => (ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(ms < 10 ? 3 : 1)} ms`);

function matches(ours: number | null, theirs: number | null): string {
  if (ours === null || theirs === null) return ours === theirs ? 'same' : 'DIFFERS';
  return Math.abs(ours - theirs) < 1e-9 ? 'same' : `DIFFERS by ${(ours - theirs).toExponential(2)}`;
}

const rows: string[][] = [];
function row(name: string, implementation: string, value: number | null, medianMs: number, runs: number, check = ''): void {
  rows.push([name, implementation, formatValue(value), formatTime(medianMs), String(runs), check]);
}

function run(units: number, coders: number): void {
  const data = dataset(units, coders);
  const name = `${units.toLocaleString('en')} × ${coders}`;
  const ids = Array.from({ length: coders }, (_, coder) => `r${coder}`);
  const alpha = time(() => krippendorffAlphaNominal(data).value);
  const fleiss = time(() => fleissKappa(data).value);
  const cohen = time(() => cohenKappa(data, 0, 1).value);
  const pairwise = time(() => pairwiseAgreement(data, ids).cohenKappa[0]![1]!);
  const theirs = reference(data);

  row(name, 'ours krippendorffAlphaNominal', alpha.value, alpha.medianMs, alpha.runs, theirs ? matches(alpha.value, theirs.nltkAlpha) : '');
  if (theirs) row(name, `nltk AnnotationTask.alpha() (task built in ${formatTime(theirs.nltkTaskBuildMs)})`, theirs.nltkAlpha, theirs.nltkAlphaMs, theirs.nltkAlphaRuns);
  const used = fleissKappa(data).units;
  row(name, `ours fleissKappa (${used} complete units)`, fleiss.value, fleiss.medianMs, fleiss.runs, theirs ? matches(fleiss.value, theirs.statsmodelsFleiss) : '');
  if (theirs) row(name, 'statsmodels aggregate_raters + fleiss_kappa', theirs.statsmodelsFleiss, theirs.statsmodelsFleissMs, theirs.statsmodelsFleissRuns);
  row(name, 'ours cohenKappa (coders 0, 1)', cohen.value, cohen.medianMs, cohen.runs, theirs ? matches(cohen.value, theirs.statsmodelsCohen) : '');
  if (theirs) row(name, 'statsmodels to_table + cohens_kappa', theirs.statsmodelsCohen, theirs.statsmodelsCohenMs, theirs.statsmodelsCohenRuns);
  row(name, `ours pairwiseAgreement (${(coders * (coders - 1)) / 2} pairs; value = pair 0, 1)`, pairwise.value, pairwise.medianMs, pairwise.runs);
}

function printTable(): void {
  const header = ['dataset', 'implementation', 'value', 'median', 'runs', 'vs reference'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 3 || column === 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  let previous = '';
  for (const cells of rows) {
    if (previous && cells[0] !== previous) console.log('');
    console.log(line(cells));
    previous = cells[0]!;
  }
}

console.log(`Label agreement, ${CATEGORIES} categories, ~20% missing (node ${process.version}; reference: ${PYTHON} ${path.relative(ROOT, REFERENCE_SCRIPT)})`);
for (const [units, coders] of [[1_000, 50], [100, 5], [10_000, 50]] as const) run(units, coders);
printTable();
