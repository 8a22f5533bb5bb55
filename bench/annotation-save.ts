// Saving annotations under 50 concurrent reviewers: throughput and latency of
// POST /api/articles/<id>/annotations through the whole stack, beside the raw
// insert rate of the same PostgreSQL with 50 clients in the same run (the
// ratio is the figure). Bounded: BENCH_SECONDS per phase (default 15).
// Run: npm run build && [DATABASE_URL=postgresql://…] npx tsx bench/annotation-save.ts
import pg from 'pg';
import { api, createReviewers, formatMs, signIn, startApp, summarise } from './support';

const REVIEWERS = Number(process.env.BENCH_REVIEWERS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

async function forDuration(workers: number, body: (worker: number) => Promise<void>): Promise<{ latencies: number[]; errors: number; seconds: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await body(worker);
          latencies.push(performance.now() - t0);
        } catch (error) {
          if (errors++ === 0) console.error(`first error: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }),
  );
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

function report(label: string, run: { latencies: number[]; errors: number; seconds: number }): number {
  if (run.latencies.length === 0) {
    console.log(`${label}: no successful request (errors=${run.errors})`);
    return 0;
  }
  const s = summarise(run.latencies);
  const rate = s.n / run.seconds;
  console.log(`${label.padEnd(40)} ${rate.toFixed(0).padStart(6)}/s  p50 ${formatMs(s.p50)}  p99 ${formatMs(s.p99)}  n=${s.n}  errors=${run.errors}`);
  return rate;
}

const app = await startApp();
try {
  console.log(`database: ${app.databaseUrl ? 'PostgreSQL server (fresh database)' : 'embedded PGlite'}; ${REVIEWERS} reviewers; ${SECONDS} s per phase`);
  const editor = await signIn(app.baseUrl, 'editor@example.org', app.password);
  const { articles } = await api<{ articles: { id: string; title: string }[] }>(app.baseUrl, editor, 'GET', '/api/articles');
  const article = articles.find((candidate) => candidate.title.startsWith('Russian Troops'))!;
  const { article: full } = await api<{ article: { text: string; projectId: string } }>(app.baseUrl, editor, 'GET', `/api/articles/${article.id}`);
  const reviewers = await createReviewers(app, REVIEWERS, `save-${Date.now()}`, full.projectId);

  const words = [...full.text.matchAll(/\S+ \S+ \S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, exact: match[0] }));
  let next = 0;
  const saves = await forDuration(REVIEWERS, async (worker) => {
    const span = words[next++ % words.length]!;
    await api(app.baseUrl, reviewers[worker]!, 'POST', `/api/articles/${article.id}/annotations`, { label: 'claim', ...span, rationale: 'bench' });
  });
  const appRate = report('POST annotation (app, 50 reviewers)', saves);

  if (!app.databaseUrl) {
    console.log('raw INSERT comparison skipped: set DATABASE_URL (the embedded database lives inside the app launcher)');
  } else {
    const pool = new pg.Pool({ connectionString: app.databaseUrl, max: REVIEWERS });
    await pool.query('CREATE TABLE IF NOT EXISTS bench_raw_insert (id bigserial PRIMARY KEY, body text NOT NULL, created timestamptz NOT NULL DEFAULT now())');
    const raw = await forDuration(REVIEWERS, async () => {
      await pool.query('INSERT INTO bench_raw_insert (body) VALUES ($1)', ['bench']);
    });
    const rawRate = report('raw INSERT (pg, 50 clients, same server)', raw);
    await pool.query('DROP TABLE bench_raw_insert');
    await pool.end();
    console.log(`ratio app/raw: ${(appRate / rawRate).toFixed(3)} (each save is a transaction: row lock on the article, span check, insert, history entry, activity update)`);
  }
} finally {
  await app.stop();
}

