// The unitizing alphas as the server computes them on every save: alpha_u per
// label (Krippendorff 1995/2004, alpha-u-1995.ts) for all three labels, plus
// uα, |uα and cuα (Krippendorff et al. 2016, u-alpha-2016.ts), on a
// 20,000-character text for 5 coders × 100 spans, 50 × 2,000 and 200 × 8,000.
// Coders mark mostly the same passages with jittered boundaries and the odd
// other label, some passages of their own, and now and then a span nested in
// another (their own overlaps), so the sweeps meet realistic structure.
// Prints the median wall and CPU time over the rounds after one warm-up.
// Nothing here passes or fails.
// Run: npx tsx bench/unitizing-alpha.ts
import { alphaU1995 } from '../lib/consensus/alpha-u-1995';
import { LABELS, type ReviewerSpan } from '../lib/consensus/types';
import { unitizingAlpha2016 } from '../lib/consensus/u-alpha-2016';
import { formatMs, summarise } from './support';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const LENGTH = 20_000;

// Deterministic pseudo-random numbers (Park–Miller), so runs are comparable.
let seed = 20_240_601;
const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low));

type Passage = { start: number; end: number; label: (typeof LABELS)[number] };

/** Passages a careful reviewer would mark: 8 to 300 characters, spread over the text. */
function passages(count: number): Passage[] {
  return Array.from({ length: count }, () => {
    const start = between(0, LENGTH - 320);
    return { start, end: start + between(8, 300), label: LABELS[between(0, LABELS.length)]! };
  });
}

function study(coders: number, spansPerCoder: number): { coderIds: string[]; spans: ReviewerSpan[] } {
  const shared = passages(Math.round(spansPerCoder * 1.5));
  const coderIds = Array.from({ length: coders }, (_, i) => `reviewer-${i}`);
  const spans: ReviewerSpan[] = [];
  for (const reviewerId of coderIds) {
    for (let s = 0; s < spansPerCoder; s++) {
      const roll = random();
      const base = roll < 0.8 ? shared[between(0, shared.length)]! : passages(1)[0]!;
      let start = Math.max(0, base.start + between(-12, 13));
      let end = Math.min(LENGTH, base.end + between(-12, 13));
      if (roll > 0.95) [start, end] = [base.start + 2, Math.min(base.end, base.start + 10)]; // nested in a passage
      if (end <= start) end = start + 1;
      const label = random() < 0.85 ? base.label : LABELS[between(0, LABELS.length)]!;
      spans.push({ id: `${reviewerId}-${s}`, reviewerId, label, start, end });
    }
  }
  return { coderIds, spans };
}

function computeAll(coderIds: string[], spans: ReviewerSpan[]) {
  const byLabel = LABELS.map((label) =>
    alphaU1995({
      length: LENGTH,
      coderIds,
      spans: spans.filter((span) => span.label === label).map(({ reviewerId, start, end }) => ({ coderId: reviewerId, start, end })),
    }),
  );
  const family = unitizingAlpha2016({
    length: LENGTH,
    coderIds,
    labels: LABELS,
    spans: spans.map(({ reviewerId, label, start, end }) => ({ coderId: reviewerId, label, start, end })),
  });
  return { byLabel, family };
}

console.log(`unitizing alphas on a ${LENGTH.toLocaleString('en')}-character text, median of ${ROUNDS} runs after one warm-up (node ${process.version})`);
for (const [coders, total] of [
  [5, 100],
  [50, 2_000],
  [200, 8_000],
] as const) {
  const { coderIds, spans } = study(coders, total / coders);
  let result = computeAll(coderIds, spans); // warm-up (JIT)
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    result = computeAll(coderIds, spans);
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const w = summarise(wall);
  const c = summarise(cpu);
  const show = (value: number | null) => (value === null ? 'null' : value.toFixed(3));
  console.log(
    `${String(coders).padStart(3)} coders × ${String(total).padStart(5)} spans: wall p50 ${formatMs(w.p50)} max ${formatMs(w.max)}; CPU p50 ${formatMs(c.p50)}` +
      ` | alpha_u ${LABELS.map((label, i) => `${label} ${show(result.byLabel[i]!.value)}`).join(', ')}` +
      ` | uα ${show(result.family.uAlpha.value)}, |uα ${show(result.family.binaryUAlpha.value)}, cuα ${show(result.family.cuAlpha.value)}` +
      ` (own overlaps settled: ${result.family.resolvedOverlap} chars)`,
  );
}
