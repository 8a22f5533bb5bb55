// Re-anchoring throughput: 200 and 2,000 annotations on 20,000- and
// 100,000-character articles, after a revision that inserts a paragraph near
// the top (everything after it moves), deletes some sentences (their
// annotations should be orphaned), and edits inside some annotated spans
// (typos, inserted words). The text is built from a few sentence templates,
// so it repeats phrases far more than real prose: a harsh test of look-alikes.
// Prints timings and outcome counts against where the edits put each
// annotation; then the same on the 17,000-character seed article (real
// prose). CPU time is printed beside wall time because a shared machine's
// load inflates the latter. Last, the hostile case: long quotes on a text of one
// repeated line, none left verbatim, where every place nearly matches; the
// revision's search budget bounds it. Nothing here passes or fails.
// Run: npx tsx bench/reanchor.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reanchorAll } from '../lib/anchoring/reanchor-all';
import { describeSpan, type TextSelectors } from '../lib/anchoring/selectors';
import { DEFAULT_THRESHOLDS } from '../lib/anchoring/thresholds';
import { formatMs, ROOT, summarise } from './support';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

// Deterministic pseudo-random numbers (Park–Miller), so runs are comparable.
let seed = 20_240_601;
const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const SUBJECTS = ['Russia', 'Iran', 'Moscow', 'Tehran', 'The Kremlin', 'Iranian officials', 'Western diplomats', 'Analysts in Vienna', 'The defence ministry', 'A senior commander'];
const VERBS = ['sent troops to', 'signed an agreement with', 'denied reports about', 'supplied drones to', 'criticised', 'held talks with', 'expanded cooperation with', 'warned'];
const OBJECTS = ['Syria', 'Iran', 'Iraq', 'the Caspian region', 'Armenia', 'its neighbours', 'the United Nations', 'Western governments', 'Israel', 'the Gulf states'];
const TAILS = ['on Monday', 'last week', 'in 2015', 'according to state media', 'despite earlier denials', 'after months of negotiation', 'citing security concerns', 'in a televised statement'];

function sentence(): string {
  const figure = random() < 0.3 ? ` involving ${Math.floor(random() * 9 + 1)},${String(Math.floor(random() * 1000)).padStart(3, '0')} personnel` : '';
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${figure} ${pick(TAILS)}.`;
}

function article(length: number): string {
  const blocks = ['Russia and Iran: a shifting alliance'];
  let size = blocks[0]!.length;
  while (size < length) {
    const paragraph = Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ');
    blocks.push(paragraph);
    size += paragraph.length + 1;
  }
  return blocks.join('\n').slice(0, length).replace(/\s+\S*$/, '.');
}

/** Annotations on word boundaries: mostly a few words, some a sentence, a few long passages. */
function annotate(text: string, count: number): TextSelectors[] {
  const starts = [...text.matchAll(/(?<=^|[\s])\S/g)].map((match) => match.index);
  const annotations: TextSelectors[] = [];
  while (annotations.length < count) {
    const start = pick(starts);
    const roll = random();
    const target = roll < 0.7 ? 8 + random() * 50 : roll < 0.95 ? 60 + random() * 120 : 300 + random() * 900;
    let end = Math.min(text.length, start + Math.floor(target));
    while (end < text.length && /\S/.test(text[end]!)) end++;
    if (end - start < 3) continue;
    annotations.push(describeSpan(text, start, end));
  }
  return annotations;
}

type Edit = { at: number; remove: number; insert: string; kind: 'paragraph' | 'delete-sentence' | 'inside' };

/** A revision: a paragraph near the top, ~4% of sentences deleted, edits inside ~8% of the annotated spans. */
function revise(text: string, annotations: TextSelectors[]): { text: string; edits: Edit[] } {
  const edits: Edit[] = [];
  const firstBreak = text.indexOf('\n') + 1;
  edits.push({ at: firstBreak, remove: 0, insert: 'Updated with a statement from the Iranian foreign ministry, which denied the reports.\n', kind: 'paragraph' });
  for (const match of text.matchAll(/[A-Z][^.\n]*\. ?/g)) {
    if (random() < 0.04 && match.index > firstBreak) edits.push({ at: match.index, remove: match[0].length, insert: '', kind: 'delete-sentence' });
  }
  for (const { position } of annotations) {
    if (random() >= 0.08 || position.end - position.start < 24) continue;
    const middle = position.start + Math.floor((position.end - position.start) / 2);
    if (random() < 0.5) {
      edits.push({ at: middle, remove: 1, insert: 'x', kind: 'inside' }); // a typo
    } else {
      // A word inserted, as an editor would: after a space, inside the span.
      const space = text.indexOf(' ', middle) + 1;
      if (space > 0 && space < position.end - 1) edits.push({ at: space, remove: 0, insert: 'reportedly ', kind: 'inside' });
    }
  }
  // Keep edits apart from each other so that where each annotation should land is well defined.
  edits.sort((a, b) => a.at - b.at);
  const kept: Edit[] = [];
  for (const edit of edits) {
    const previous = kept[kept.length - 1];
    if (previous && edit.at < previous.at + previous.remove + 40) continue;
    kept.push(edit);
  }
  let revised = text;
  for (const edit of [...kept].reverse()) revised = revised.slice(0, edit.at) + edit.insert + revised.slice(edit.at + edit.remove);
  return { text: revised, edits: kept };
}

type Expectation = { kind: 'at'; start: number; end: number } | { kind: 'gone' } | { kind: 'damaged' };

/** Where the edits put a span: moved by the edits before it, grown or shrunk by those inside, gone if deleted. */
function expectation(position: { start: number; end: number }, edits: Edit[]): Expectation {
  let shiftStart = 0;
  let shiftEnd = 0;
  for (const edit of edits) {
    const editEnd = edit.at + edit.remove;
    const delta = edit.insert.length - edit.remove;
    if (edit.at <= position.start && editEnd >= position.end && edit.remove > 0) return { kind: 'gone' };
    if (editEnd <= position.start) {
      shiftStart += delta;
      shiftEnd += delta;
    } else if (edit.at >= position.end) {
      continue;
    } else if (edit.at > position.start && editEnd < position.end) {
      // An edit inside the span: expected to be followed only while it leaves three-quarters of the quote.
      if (Math.max(edit.remove, edit.insert.length) * 4 > position.end - position.start) return { kind: 'damaged' };
      shiftEnd += delta;
    } else {
      return { kind: 'damaged' };
    }
  }
  return { kind: 'at', start: position.start + shiftStart, end: position.end + shiftEnd };
}

function run(label: string, text: string, count: number): void {
  const selectors = annotate(text, count);
  const revision = revise(text, selectors);
  const annotations = selectors.map((s, id) => ({ id, selectors: s }));

  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let report = reanchorAll(annotations, revision.text); // warm-up (JIT)
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    report = reanchorAll(annotations, revision.text);
    const cpu = process.cpuUsage(cpuStarted);
    samples.push(performance.now() - started);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
  }

  const methods = new Map<string, number>();
  let elsewhere = 0;
  let otherEdges = 0;
  let goneButPlaced = 0;
  let expectedButOrphaned = 0;
  for (const { id, selectors: s } of annotations) {
    const result = report.results.get(id)!;
    const key = result.state === 'reanchored' ? `moved:${result.method}` : result.state === 'orphaned' ? `orphaned:${result.reason}` : 'kept';
    methods.set(key, (methods.get(key) ?? 0) + 1);
    const expected = expectation(s.position, revision.edits);
    if (expected.kind === 'gone' && result.state !== 'orphaned') goneButPlaced++;
    if (expected.kind === 'at') {
      if (result.state === 'orphaned') expectedButOrphaned++;
      else if (result.end <= expected.start || result.start >= expected.end) elsewhere++;
      else if (result.start !== expected.start || result.end !== expected.end) otherEdges++;
    }
  }
  const s = summarise(samples);
  const cpu = summarise(cpuSamples);
  const editKinds = revision.edits.reduce<Record<string, number>>((counts, edit) => ({ ...counts, [edit.kind]: (counts[edit.kind] ?? 0) + 1 }), {});
  console.log(
    `${label}: ${String(count).padStart(5)} annotations, ${String(revision.text.length).padStart(6)} chars: ` +
      `wall p50 ${formatMs(s.p50)} max ${formatMs(s.max)}; CPU p50 ${formatMs(cpu.p50)} (${((cpu.p50 * 1000) / count).toFixed(0)} µs/annotation)`,
  );
  console.log(`      edits ${JSON.stringify(editKinds)}; approximate-matching steps ${(report.searchSteps / 1e6).toFixed(1)} M of the revision's budget of ${(DEFAULT_THRESHOLDS.revisionSearchBudget / 1e6).toFixed(0)} M`);
  console.log(`      kept ${report.kept.length}, moved ${report.moved.length}, orphaned ${report.orphaned.length}: ${JSON.stringify(Object.fromEntries([...methods].sort()))}`);
  console.log(
    `      vs where the edits put them: at another place ${elsewhere}, same place but other edges ${otherEdges} (words added at an edge); ` +
      `deleted yet placed ${goneButPlaced}; still there (≤ 25% edited) yet orphaned ${expectedButOrphaned}`,
  );
}

console.log(`reanchorAll, median of ${ROUNDS} runs after one warm-up (node ${process.version})`);
for (const length of [20_000, 100_000]) {
  for (const count of [200, 2_000]) run('templated', article(length), count);
}
// Real prose for comparison: the seed article, whose phrases repeat as much as a real article's do.
const seedArticle = readFileSync(path.join(ROOT, 'prisma/seed-data/articles/russian-troops-in-iran.txt'), 'utf8').trim();
for (const count of [200, 2_000]) run('seed article', seedArticle, count);

// Hostile: 2,000-character quotes on 100,000 characters of one repeated line, a character changed every 500.
{
  const line = 'The same line of the report, again and again. ';
  const text = line.repeat(Math.ceil(100_000 / line.length)).slice(0, 100_000);
  const revised = text.replace(/(.{499})./gs, '$1#');
  for (const count of [10, 200]) {
    const annotations = Array.from({ length: count }, (_, id) => ({ id, selectors: describeSpan(text, 1_000 + id * 7, 3_000 + id * 7) }));
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const report = reanchorAll(annotations, revised);
    const cpu = process.cpuUsage(cpuStarted);
    const reasons = new Map<string, number>();
    for (const result of report.results.values()) {
      const key = result.state === 'orphaned' ? `orphaned:${result.reason}` : result.state;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    console.log(
      `hostile: ${String(count).padStart(5)} annotations of 2,000 characters on one repeated line: wall ${formatMs(performance.now() - started)}; CPU ${formatMs((cpu.user + cpu.system) / 1000)}; ` +
        `steps ${(report.searchSteps / 1e6).toFixed(0)} M of ${(DEFAULT_THRESHOLDS.revisionSearchBudget / 1e6).toFixed(0)} M; ${JSON.stringify(Object.fromEntries([...reasons].sort()))}`,
    );
  }
}
