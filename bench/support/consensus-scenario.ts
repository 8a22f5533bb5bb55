// The synthetic reviews the consensus benchmarks share (bench/consensus.ts,
// bench/agreement-intervals.ts): a 20,000-character article with "true"
// passages with a true label; each reviewer finds most of them with jittered
// edges (snapped to words), gives the true label with their own accuracy (a few
// careless reviewers), sometimes splits a passage in two, and adds some stray
// highlights elsewhere. Deterministic (Park–Miller), so runs are comparable.
import { LABELS, type ConsensusInput, type Label, type ReviewerSpan } from '../../lib/consensus/types';

export const TEXT_LENGTH = 20_000;

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

export function scenario(reviewers: number, perReviewer: number): ConsensusInput {
  const text = article(TEXT_LENGTH);
  const words = [...text.matchAll(/(?<=^|\s)\S/g)].map((match) => match.index).concat(TEXT_LENGTH);
  const truths = truePassages(Math.ceil(perReviewer * 1.5), words);
  const reviewerIds = Array.from({ length: reviewers }, (_, i) => `reviewer-${i}`);
  const spans = reviewerIds.flatMap((id) => review(id, perReviewer, truths, words));
  const verdicts = truths.slice(0, 5).map((truth, i) => ({ id: `verdict-${i}`, passageKey: `${truth.start}-${truth.end}`, start: truth.start, end: truth.end, label: truth.label }));
  return { text, reviewerIds, spans, verdicts };
}

