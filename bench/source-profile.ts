// Sources' reliability figures at desk scale: 200 sources × 50 published articles,
// each with its reliability snapshot (inserted in bulk, as publishing would have
// written them), on the production server (`npm start`, fresh database). Times
// GET /api/sources and GET /api/sources/<id> over HTTP as the editor, 30 requests
// each after a warm-up, beside the bare route GET /api/health and the bootstrap
// alone (in process) for the 200 sources. The issue asks for answers within
// 200 ms. Nothing here passes or fails.
// Run: DATABASE_URL=postgresql://… npx tsx bench/source-profile.ts — the rows are inserted in
// bulk straight into the app's database, so it needs a PostgreSQL server (the embedded
// database lives inside the app's process). Builds first when there is no production build.
import pg from 'pg';
import { sourceReliability } from '../lib/consensus/source-reliability';
import { formatMs, signIn, startApp, summarise } from './support';

const SOURCES = Number(process.env.BENCH_SOURCES ?? 200);
const PER_SOURCE = Number(process.env.BENCH_ARTICLES_PER_SOURCE ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const WARM_UP = 3;

async function time(work: () => Promise<unknown>): Promise<ReturnType<typeof summarise>> {
  for (let i = 0; i < WARM_UP; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

const line = (label: string, figures: ReturnType<typeof summarise>) =>
  console.log(`  ${label.padEnd(44)} p50 ${formatMs(figures.p50).padStart(9)}  p95 ${formatMs(figures.p95).padStart(9)}  max ${formatMs(figures.max).padStart(9)}`);

// The CPU part alone: the bootstrap (1,000 resamples) for every source, in this process, on
// fresh figures every round so that no interval is remembered from the round before.
let round = 0;
const bootstrap = await time(async () => {
  round += 1;
  const perSource = Array.from({ length: SOURCES }, (_, s) =>
    Array.from({ length: PER_SOURCE }, (_, a) => ({ articleId: `${s}-${String(a).padStart(3, '0')}`, charsByLabel: { claim: 100 + ((a * 37 + s + round) % 900), opinion: 0, unsupported: (a * 53 + s) % 400 } })),
  );
  return perSource.map((articles) => sourceReliability(articles));
});

if (!process.env.DATABASE_URL) {
  console.log('Source profile: set DATABASE_URL to a PostgreSQL server to time the routes (rows are inserted in bulk into the app\'s database).');
  line(`bootstrap alone, ${SOURCES} sources × ${PER_SOURCE} (CPU)`, bootstrap);
  process.exit(0);
}

const app = await startApp();
const pool = new pg.Pool({ connectionString: app.databaseUrl!, max: 1 });
try {
  const seeding = performance.now();
  await pool.query('SELECT setseed(0.42)');
  // Sources, then their published articles (small texts: the profile never reads them), then the
  // snapshots with figures drawn per article (claim-bearing text in most; some opinion only).
  await pool.query(`
    INSERT INTO "Source" (id, name, domains, "updatedAt")
    SELECT gen_random_uuid(), 'Bench outlet ' || lpad(s::text, 3, '0'), ARRAY['bench-' || s || '.example'], now() FROM generate_series(1, ${SOURCES}) s`);
  await pool.query(`
    INSERT INTO "Article" (id, title, html, text, "textHash", "projectId", "sourceId", status, "publishedAt", "verdictsPublishedAt", "updatedAt")
    SELECT gen_random_uuid(), 'Bench article ' || src.name || ' #' || a, '<p>x</p>', 'x', repeat('0', 64),
           (SELECT id FROM "Project" WHERE name = 'Desk'), src.id, 'published',
           timestamp '2024-01-01' + (random() * 700) * interval '1 day', now(), now()
    FROM "Source" src CROSS JOIN generate_series(1, ${PER_SOURCE}) a WHERE src.name LIKE 'Bench outlet %'`);
  await pool.query(`
    INSERT INTO "ArticleReliability" ("articleId", "claimChars", "opinionChars", "unsupportedChars", "claimPassages", "opinionPassages", "unsupportedPassages", "passagesWithoutMajority", reviewers, alpha)
    SELECT ar.id, c, o, u, (c > 0)::int * (1 + c / 200), (o > 0)::int * (1 + o / 200), (u > 0)::int * (1 + u / 200), 0, 3, CASE WHEN random() < 0.9 THEN round((0.4 + random() * 0.6)::numeric, 3)::float ELSE NULL END
    FROM (SELECT id, CASE WHEN random() < 0.1 THEN 0 ELSE (random() * 1500)::int END AS c, (random() * 800)::int AS o, CASE WHEN random() < 0.3 THEN 0 ELSE (random() * 600)::int END AS u
          FROM "Article" WHERE title LIKE 'Bench article %') ar`);
  await pool.query('ANALYZE');
  console.log(`Source profile: ${SOURCES} sources × ${PER_SOURCE} published articles with snapshots (inserted in ${formatMs(performance.now() - seeding)}), ${REQUESTS} requests after ${WARM_UP} warm-up, production server on PostgreSQL (node ${process.version})`);

  const cookie = await signIn(app.baseUrl, 'editor@example.org', app.password);
  const { rows: [sample] } = await pool.query<{ id: string }>(`SELECT id::text FROM "Source" WHERE name = 'Bench outlet 100'`);
  const get = async (pathname: string) => {
    const response = await fetch(`${app.baseUrl}${pathname}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`GET ${pathname} answered ${response.status}`);
    return response.text();
  };
  const firstAnswer = async (pathname: string) => {
    const started = performance.now();
    await get(pathname);
    return formatMs(performance.now() - started);
  };
  // The first answers compute every interval; later ones find them remembered (source-reliability.ts).
  console.log(`  first GET /api/sources ${await firstAnswer('/api/sources')}, first GET /api/sources/<id> ${await firstAnswer(`/api/sources/${sample!.id}`)} (intervals computed, not remembered)`);
  line('bare route: GET /api/health', await time(() => get('/api/health')));
  line('GET /api/sources', await time(() => get('/api/sources')));
  line('GET /api/sources/<id>', await time(() => get(`/api/sources/${sample!.id}`)));
  line(`bootstrap alone, ${SOURCES} sources × ${PER_SOURCE} (CPU)`, bootstrap);

  const listed = JSON.parse(await get('/api/sources')) as { sources: { name: string; reliability: { enoughData: boolean; unsupportedShare: number; interval: { low: number; high: number }; claimBearingArticles: number } }[] };
  const shown = listed.sources.filter((source) => source.reliability.enoughData);
  const first = shown[0]!;
  console.log(`  ${shown.length} sources with enough data; e.g. ${first.name}: ${(first.reliability.unsupportedShare * 100).toFixed(1)}% (95% CI ${(first.reliability.interval.low * 100).toFixed(1)}–${(first.reliability.interval.high * 100).toFixed(1)}%) over ${first.reliability.claimBearingArticles} articles`);
  console.log(`  list answer ${((await get('/api/sources')).length / 1024).toFixed(0)} KiB`);
} finally {
  await pool.end();
  await app.stop();
}
