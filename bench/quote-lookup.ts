// The W3C container's quote lookup (a TextQuoteSelector with no usable
// position, lib/exports/parse-web-annotation.ts): CPU time against quote
// length × text length, on prose (the seed article, repeated) and on the worst
// case, a text of one repeated line with a quote of many of those lines: it
// occurs at every line, overlapping, either alone (refused: it occurs too many
// times) or with a prefix that singles out one place. Linear work grows with
// text + quote, not with their product. Nothing here passes or fails.
// Run: npx tsx bench/quote-lookup.ts
// A row stops once one lookup took longer than BENCH_SKIP_AFTER_MS (default 20 s).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ANNO_CONTEXT, parseWebAnnotation } from '../lib/exports/web-annotation';
import { formatMs, ROOT } from './support';

const TEXT_LENGTHS = [50_000, 100_000, 200_000, 500_000];
const QUOTE_LENGTHS = [100, 1_000, 10_000, 100_000];
const SKIP_AFTER_MS = Number(process.env.BENCH_SKIP_AFTER_MS ?? 20_000);

const seed = readFileSync(path.join(ROOT, 'prisma/seed-data/articles/russian-troops-in-iran.txt'), 'utf8').trim();
const LINE = 'The same line of the report, again and again. ';

type Case = { text: string; exact: string; prefix?: string };

function cases(length: number, q: number): Record<string, Case> {
  const prose = seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
  const lines = LINE.repeat(Math.ceil(length / LINE.length / 2));
  const repetitive = `${lines}MARK ${lines}`.slice(0, length);
  const periodic = LINE.repeat(Math.ceil(q / LINE.length)).slice(0, q);
  return {
    // A passage from the middle: it occurs once per copy of the article.
    prose: { text: prose, exact: prose.slice(Math.floor(length / 2), Math.floor(length / 2) + q) },
    'repeated line, quote alone': { text: repetitive, exact: periodic },
    'repeated line, quote with prefix': { text: repetitive, exact: periodic, prefix: 'MARK ' },
    // The extreme: one character repeated, a quote of it with a prefix that occurs once (every offset is an occurrence).
    'one character repeated, quote with prefix': { text: `${'a'.repeat(length / 2)}b${'a'.repeat(length / 2 - 1)}`, exact: 'a'.repeat(q), prefix: 'b' },
  };
}

function lookup({ text, exact, prefix }: Case): string {
  const annotation = {
    '@context': ANNO_CONTEXT,
    type: 'Annotation',
    body: { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
    target: { source: 'urn:x:article', selector: { type: 'TextQuoteSelector', exact, prefix } },
  };
  const result = parseWebAnnotation(annotation, { text });
  return result.ok ? `found at ${result.annotation.start}` : result.message.slice(0, 44);
}

function cpuMs(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

lookup({ text: seed, exact: seed.slice(100, 200) }); // warm-up
console.log(`Quote lookup (TextQuoteSelector alone): CPU ms by text length (columns) and quote length (rows); node ${process.version}`);
for (const kind of ['prose', 'repeated line, quote alone', 'repeated line, quote with prefix', 'one character repeated, quote with prefix']) {
  console.log(`\n${kind}`);
  for (const q of QUOTE_LENGTHS) {
    const cells: string[] = [];
    let first: number | null = null;
    let skip = false;
    for (const n of TEXT_LENGTHS) {
      if (skip) {
        cells.push(`${n / 1000}k: skipped`);
        continue;
      }
      const lookedUp = cases(n, q)[kind]!;
      let outcome = '';
      const ms = cpuMs(() => (outcome = lookup(lookedUp)));
      first ??= ms;
      cells.push(`${n / 1000}k: ${formatMs(ms)} (×${(ms / Math.max(first, 0.05)).toFixed(1)}) ${outcome}`);
      skip = ms > SKIP_AFTER_MS;
    }
    console.log(`  quote ${String(q).padStart(6)}: ${cells.join(' | ')}`);
  }
}
console.log('\n(×r: CPU time relative to the 50k text with the same quote; a linear lookup grows 10× from 50k to 500k.)');
