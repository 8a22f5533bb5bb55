// Cold start of `npm start` on an empty embedded database (migrations, seed,
// Next.js start; the production build must exist), then the server response
// time of the article page, the dashboard and the article API, sequentially
// and with 10 concurrent clients. Run: npm run build && npx tsx bench/article-page.ts
import { formatMs, signIn, startApp, summarise } from './support';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

async function time(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

async function measure(label: string, url: string, cookie: string, concurrency: number): Promise<void> {
  for (let i = 0; i < 10; i++) await time(url, cookie); // warm-up: JIT, pool, route compilation
  const samples: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (samples.length < ROUNDS) samples.push(await time(url, cookie));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const s = summarise(samples);
  console.log(`${label.padEnd(34)} c=${String(concurrency).padEnd(3)} n=${s.n}  p50 ${formatMs(s.p50)}  p95 ${formatMs(s.p95)}  p99 ${formatMs(s.p99)}  ${(s.n / seconds).toFixed(0)} req/s`);
}

const app = await startApp();
try {
  console.log(`cold start (spawn → healthy, empty embedded DB): ${(app.coldStartMs / 1000).toFixed(2)} s`);
  const cookie = await signIn(app.baseUrl, 'reviewer1@example.org', app.password);
  const list = (await (await fetch(`${app.baseUrl}/api/articles`, { headers: { cookie } })).json()) as { articles: { id: string; title: string }[] };
  const article = list.articles.find((candidate) => candidate.title.startsWith('Russian Troops'))!;
  for (const concurrency of [1, 10]) {
    await measure('GET /articles/<id> (page, 17 kB text)', `${app.baseUrl}/articles/${article.id}`, cookie, concurrency);
    await measure('GET / (dashboard)', `${app.baseUrl}/`, cookie, concurrency);
    await measure('GET /api/articles/<id>', `${app.baseUrl}/api/articles/${article.id}`, cookie, concurrency);
  }
} finally {
  await app.stop();
}
