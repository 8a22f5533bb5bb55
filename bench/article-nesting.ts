// Article preparation time against input size, for deeply nested HTML and for
// flat HTML of the same byte size: n elements, each holding one word, either
// as n siblings (<div>w</div>…) or as one chain n deep (<div>w<div>w…</div></div>),
// in several shapes (div, span, b/i, blockquote, ul/li, table, unclosed tags).
// Each stage is timed on its own: the depth limiter (lib/articles/limit-nesting.ts),
// the sanitiser, the block model, rendering, the whole of prepareArticle, and
// readable-content extraction for URL imports (Readability over linkedom).
// CPU time of this thread is printed (a shared machine's load inflates wall
// time), with the ratio nested/flat and the growth from one size to the next:
// linear work doubles when n doubles. Nothing here passes or fails.
// Run: npx tsx bench/article-nesting.ts   (BENCH_SIZES=1000,5000 to choose n)
// Stages missing from the code under test (the limiter, before it existed) are skipped,
// and a size is skipped once a stage took longer than BENCH_SKIP_AFTER_MS (default 20 s) at the size before.
import { extractReadable } from '../lib/articles/extract-readable';
import { htmlToDocument } from '../lib/articles/html-to-document';
import { prepareArticle } from '../lib/articles/prepare-article';
import { documentToHtml, documentToText } from '../lib/articles/render-document';
import { sanitizeArticleHtml } from '../lib/articles/sanitize-article-html';
import { formatMs } from './support';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000,20000,40000').split(',').map(Number);
const READABLE_SIZES = (process.env.BENCH_READABLE_SIZES ?? '1000,5000,10000,20000').split(',').map(Number);
const SKIP_AFTER_MS = Number(process.env.BENCH_SKIP_AFTER_MS ?? 20_000);

const limiter = await import('../lib/articles/limit-nesting').then(
  (module: { limitNesting?: (html: string) => string }) => module.limitNesting ?? null,
  () => null,
);
const limit = limiter ?? ((html: string) => html);

/** n elements as a chain (nested) and as siblings (flat) of the same byte size. */
const SHAPES: Record<string, { nested: (n: number) => string; flat: (n: number) => string }> = {
  div: { nested: (n) => '<div>w'.repeat(n) + '</div>'.repeat(n), flat: (n) => '<div>w</div>'.repeat(n) },
  'div, unclosed': { nested: (n) => '<div>w'.repeat(n), flat: (n) => '<div>w</div>'.repeat(n).slice(0, 6 * n) },
  span: { nested: (n) => '<span>w '.repeat(n) + '</span>'.repeat(n), flat: (n) => '<span>w </span>'.repeat(n) },
  'b/i': { nested: (n) => '<b><i>w '.repeat(n / 2) + '</i></b>'.repeat(n / 2), flat: (n) => '<b><i>w </i></b>'.repeat(n / 2) },
  blockquote: { nested: (n) => '<blockquote>w'.repeat(n) + '</blockquote>'.repeat(n), flat: (n) => '<blockquote>w</blockquote>'.repeat(n) },
  'ul/li': { nested: (n) => '<ul><li>w'.repeat(n / 2) + '</li></ul>'.repeat(n / 2), flat: (n) => '<ul><li>w</li></ul>'.repeat(n / 2) },
  table: { nested: (n) => '<table><tr><td>w'.repeat(n / 3) + '</td></tr></table>'.repeat(n / 3), flat: (n) => '<table><tr><td>w</td></tr></table>'.repeat(n / 3) },
};

function cpuMs(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

type Stage = { name: string; prepare: (html: string) => unknown; run: (input: never) => unknown; sizes: number[] };
const STAGES: Stage[] = [
  ...(limiter ? [{ name: 'limit nesting', prepare: (html: string) => html, run: (html: string) => limit(html), sizes: SIZES }] : []),
  { name: 'sanitise', prepare: (html: string) => limit(html), run: (html: string) => sanitizeArticleHtml(html), sizes: SIZES },
  { name: 'block model', prepare: (html: string) => sanitizeArticleHtml(limit(html)), run: (html: string) => htmlToDocument(html), sizes: SIZES },
  {
    name: 'render html + text',
    prepare: (html: string) => htmlToDocument(sanitizeArticleHtml(limit(html))),
    run: (document: ReturnType<typeof htmlToDocument>) => [documentToHtml(document), documentToText(document)],
    sizes: SIZES,
  },
  { name: 'prepareArticle (all)', prepare: (html: string) => html, run: (html: string) => prepareArticle({ title: 'T', html }), sizes: SIZES },
  { name: 'extractReadable', prepare: (html: string) => `<html><body>${html}</body></html>`, run: (page: string) => extractReadable(page, 'https://example.org/a'), sizes: READABLE_SIZES },
];

prepareArticle({ title: 'warm-up', html: '<p>x</p>'.repeat(1_000) });
extractReadable(`<html><body>${'<p>A warm-up paragraph, with commas, long enough to count.</p>'.repeat(50)}</body></html>`, 'https://example.org/');
console.log(`Article preparation: CPU ms per stage, n elements nested vs flat (same bytes); node ${process.version}${limiter ? '' : ' — no limitNesting in this code'}`);
for (const stage of STAGES) {
  console.log(`\n${stage.name}`);
  for (const [shape, make] of Object.entries(SHAPES)) {
    const cells: string[] = [];
    let previous: { nested: number; flat: number } | null = null;
    let skip = false;
    for (const n of stage.sizes) {
      if (skip) {
        cells.push(`${n}: skipped`);
        continue;
      }
      const nestedInput = stage.prepare(make.nested(n)) as never;
      const flatInput = stage.prepare(make.flat(n)) as never;
      const nested = cpuMs(() => stage.run(nestedInput));
      const flat = cpuMs(() => stage.run(flatInput));
      const growth = previous ? ` ×${(nested / Math.max(previous.nested, 0.1)).toFixed(1)}` : '';
      cells.push(`${n}: ${formatMs(nested)} vs ${formatMs(flat)} (${(nested / Math.max(flat, 0.1)).toFixed(1)}×)${growth}`);
      previous = { nested, flat };
      skip = nested > SKIP_AFTER_MS;
    }
    console.log(`  ${shape.padEnd(14)} ${cells.join('  ')}`);
  }
}
console.log('\nEach cell: n: nested vs flat (nested/flat), then ×growth of nested from the previous n.');
