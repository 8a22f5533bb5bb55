// Claim suggestions on the labelled set (tests/fixtures/claim-suggestions.ts): the desk's
// claims are stored in a fresh migrated database, each labelled passage is ranked by the
// very query the route runs (suggestClaimsForText), and the figures are printed:
// precision@1, precision@3, hit@3, recall and the passages with no claim left without
// a suggestion; then the time per suggestion. Nothing here passes or fails; the
// integration test (tests/integration/claims.test.ts) holds a floor.
// Run: npx tsx bench/claim-suggestions.ts (on DATABASE_URL's server if set, else embedded PGlite).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT, summarise, formatMs } from './support';

// lib/server modules import 'server-only', which resolves to an empty module under the react-server condition.
if (!process.env.NODE_OPTIONS?.includes('--conditions=react-server')) {
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=react-server`.trim() };
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', fileURLToPath(import.meta.url)], { cwd: ROOT, stdio: 'inherit', env });
  process.exit(run.status ?? 1);
}

const { createTestDatabase } = await import('../tests/support/test-database');
const { setConfigEnv } = await import('../lib/config');
const { ARTICLES, CASES, CLAIMS, measureSuggestions } = await import('../tests/fixtures/claim-suggestions');
const { normalizeClaimText } = await import('../lib/articles/claim-text');
const { closeDatabase, db } = await import('../lib/server/db/client');
const { suggestClaimsForText } = await import('../lib/server/data/claims/suggest-claims');

const database = await createTestDatabase();
try {
  setConfigEnv({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: '1' });
  const user = await db().user.create({ data: { email: 'bench@example.org', name: 'Bench', role: 'editor', passwordHash: 'x' } });
  const keyOf = new Map<string, string>();
  for (const claim of CLAIMS) {
    const row = await db().claim.create({ data: { text: claim.text, normalizedText: normalizeClaimText(claim.text), createdById: user.id } });
    keyOf.set(row.id, claim.key);
  }
  const texts = new Map(ARTICLES.map((article) => [article.key, article.lines.join('\n')]));
  const ranked: string[][] = [];
  const times: number[] = [];
  for (const item of CASES) {
    if (!texts.get(item.article)?.includes(item.exact)) throw new Error(`"${item.exact}" is not in ${item.article}`);
    const started = performance.now();
    const suggestions = await suggestClaimsForText(item.exact);
    times.push(performance.now() - started);
    ranked.push(suggestions.map((suggestion) => keyOf.get(suggestion.claimId) ?? '?'));
    if (process.env.BENCH_VERBOSE) console.log(item.expected ?? '(none)', '→', suggestions.map((s) => `${keyOf.get(s.claimId)}:${s.score}`).join(' '));
  }
  const measures = measureSuggestions(ranked);
  const positives = CASES.filter((item) => item.expected !== null).length;
  console.log(`Claim suggestions: ${CLAIMS.length} claims, ${CASES.length} passages (${positives} with a claim, ${CASES.length - positives} without), ${ARTICLES.length} articles`);
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log(`precision@1 ${pct(measures.precisionAt1)}  precision@3 ${pct(measures.precisionAt3)}  hit@3 ${pct(measures.hitAt3)}  recall@5 ${pct(measures.recall)}  no-claim passages left clear ${pct(measures.nullsClear)}`);
  const time = summarise(times);
  console.log(`time per suggestion: p50 ${formatMs(time.p50)}, p95 ${formatMs(time.p95)}, max ${formatMs(time.max)}`);
} finally {
  await closeDatabase();
  await database.drop();
}
