// The project figures (lib/consensus/project-agreement.ts) for a project of
// 200 articles × 5 reviewers × about 30 passages each: every article's spans
// grouped into passages, pooled into one reliability data set (about 6,000
// passages), the project alpha with Krippendorff's bootstrap (1,000
// resamples), and per reviewer alpha if removed, pairwise agreement with its
// Wilson interval and the calibration call. The articles are the synthetic
// reviews of bench/support/consensus-scenario.ts (the same five reviewers on
// every article; the scenario draws each reviewer's accuracy afresh per
// article, so they are alike over the project), except that reviewer-4 is
// made careless throughout: 40 % of their labels swapped for another, so the
// figures have someone to find. Prints the median and p95
// wall time and median CPU time after a warm-up, and the figures themselves.
// Nothing here passes or fails.
// Run: npx tsx bench/project-agreement.ts
import { mulberry32 } from '../lib/consensus/seeded-random';
import { BOOTSTRAP_RESAMPLES } from '../lib/consensus/bootstrap-interval';
import { computeProjectAgreement, projectReliabilityData } from '../lib/consensus/project-agreement';
import { LABELS, type Figure, type ProjectArticle, type ReviewerSpan } from '../lib/consensus/types';
import { formatMs, timeRuns } from './support';
import { scenario } from './support/consensus-scenario';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const WARM_UP = 3;
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 200);
const REVIEWERS = Number(process.env.BENCH_REVIEWERS ?? 5);
const SPANS_PER_REVIEWER = 20;
const CARELESS = 'reviewer-4';
const CARELESS_SWAPS = 0.4;

const random = mulberry32(2024);
const careless = (span: ReviewerSpan): ReviewerSpan => {
  if (span.reviewerId !== CARELESS || random() >= CARELESS_SWAPS) return span;
  const others = LABELS.filter((label) => label !== span.label);
  return { ...span, label: others[Math.floor(random() * others.length)]! };
};

const articles: ProjectArticle[] = Array.from({ length: ARTICLES }, (_, i) => {
  const { text, reviewerIds, spans } = scenario(REVIEWERS, SPANS_PER_REVIEWER);
  return { articleId: `article-${String(i).padStart(3, '0')}`, reviewerIds, spans: spans.map(careless), textLength: text.length };
});

const show = (figure: Figure) => {
  const value = figure.value === null ? `not defined (${figure.note})` : figure.value.toFixed(3);
  const interval = figure.interval ? `  95 % CI ${figure.interval.low.toFixed(3)}–${figure.interval.high.toFixed(3)}` : '';
  return `${value}${interval}`;
};

const result = computeProjectAgreement(articles);
const spans = articles.reduce((sum, article) => sum + article.spans.length, 0);
console.log(`Project agreement, ${ROUNDS} runs after ${WARM_UP} warm-up runs (node ${process.version})`);
console.log(`\n${result.articles} articles × ${REVIEWERS} reviewers (${CARELESS} careless), ${spans.toLocaleString('en')} annotations → ${result.passages.toLocaleString('en')} passages (${(result.passages / result.articles).toFixed(1)} per article), ${result.alpha.units.toLocaleString('en')} pairable`);
console.log(`  project α = ${show(result.alpha)}  q(0.667) = ${result.alpha.belowThresholds?.['0.667']}, q(0.8) = ${result.alpha.belowThresholds?.['0.8']}`);
for (const reviewer of result.reviewers) {
  const call = reviewer.calibration.needed === null ? `no call: ${reviewer.calibration.note}` : reviewer.calibration.needed ? `CALIBRATE: ${reviewer.calibration.reason}` : 'no calibration needed';
  console.log(`  ${reviewer.reviewerId}: ${reviewer.passages} passages, agreement ${show(reviewer.agreement)} vs others ${reviewer.othersAgreement.value?.toFixed(3)}, α if removed ${show(reviewer.alphaIfRemoved)} (${reviewer.alphaChange! >= 0 ? '+' : ''}${reviewer.alphaChange?.toFixed(3)}); ${call}`);
}

console.log('');
const rows: [string, () => unknown][] = [
  ['pooled data only (group + matrix)', () => projectReliabilityData(articles)],
  ['all figures, no bootstrap', () => computeProjectAgreement(articles, { resamples: 0 })],
  [`all figures, ${BOOTSTRAP_RESAMPLES.toLocaleString('en')} resamples`, () => computeProjectAgreement(articles)],
];
for (const [name, work] of rows) {
  const { wall, cpu } = timeRuns(ROUNDS, WARM_UP, work);
  console.log(`  ${name.padEnd(36)} wall p50 ${formatMs(wall.p50).padStart(9)}, p95 ${formatMs(wall.p95).padStart(9)}; CPU p50 ${formatMs(cpu.p50).padStart(9)}`);
}
