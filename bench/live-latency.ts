// Live pages: how long from a committed write to its Server-Sent Event on N concurrent
// subscribers (GET /api/events, every article of the subscriber's projects), while other
// reviewers keep saving annotations (drafts the subscribers are not told of, but which the
// change feed carries and filters). The write is the desk switching an article's
// assigned-only flag (an Article update, which every member of the project hears of).
// Latency per subscriber and write: from the write's request being sent (an upper bound: it
// includes the write itself) and from its answer arriving (signed: the commit is before the
// answer, so an event often arrives first). Bounded: BENCH_ROUNDS writes, each waiting at most 5 s.
// Run: npm run build && [DATABASE_URL=postgresql://…] npx tsx bench/live-latency.ts
import { randomBytes } from 'node:crypto';
import { readEvents } from '../tests/support/event-stream';
import { api, createReviewers, formatMs, signIn, startApp, summarise } from './support';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 50);
const WRITERS = Number(process.env.BENCH_LOAD_WRITERS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

const app = await startApp();
const streams: AbortController[] = [];
let loading = true;
try {
  console.log(`database: ${app.databaseUrl ? 'PostgreSQL server (fresh database)' : 'embedded PGlite'}; ${SUBSCRIBERS} subscribers; ${WRITERS} reviewers saving drafts meanwhile; ${ROUNDS} writes`);
  const editor = await signIn(app.baseUrl, 'editor@example.org', app.password);
  const { articles } = await api<{ articles: { id: string; title: string }[] }>(app.baseUrl, editor, 'GET', '/api/articles');
  const article = articles.find((candidate) => candidate.title.startsWith('Russian Troops'))!;
  const { article: full } = await api<{ article: { text: string; projectId: string } }>(app.baseUrl, editor, 'GET', `/api/articles/${article.id}`);
  const people = await createReviewers(app, SUBSCRIBERS + WRITERS, `live-${randomBytes(4).toString('hex')}`, full.projectId);
  const subscribers = people.slice(0, SUBSCRIBERS);
  const writers = people.slice(SUBSCRIBERS);

  const readers = await Promise.all(
    subscribers.map(async (cookie) => {
      const controller = new AbortController();
      streams.push(controller);
      const response = await fetch(`${app.baseUrl}/api/events`, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
      if (response.status !== 200) throw new Error(`GET /api/events answered ${response.status}`);
      const events = readEvents(response);
      await events.next((event) => event.event === 'ready', 10_000);
      return events;
    }),
  );

  // Background load: drafts saved as fast as the writers can.
  const words = [...full.text.matchAll(/\S+ \S+ \S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, exact: match[0] }));
  let saved = 0;
  let next = 0;
  const load = Promise.all(
    writers.map(async (cookie) => {
      while (loading) {
        const span = words[next++ % words.length]!;
        await api(app.baseUrl, cookie, 'POST', `/api/articles/${article.id}/annotations`, { label: 'claim', ...span, rationale: 'bench' }).then(() => saved++, () => undefined);
      }
    }),
  );

  const fromRequest: number[] = [];
  const fromAnswer: number[] = [];
  const writes: number[] = [];
  let missed = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const marks = readers.map((reader) => reader.events.length);
    const sent = performance.now();
    await api(app.baseUrl, editor, 'POST', `/api/articles/${article.id}/assigned-only`, { assignedOnly: round % 2 === 0 });
    const answered = performance.now();
    writes.push(answered - sent);
    const arrivals = await Promise.all(
      readers.map((reader, i) => reader.next((event) => event.event === 'change' && event.data.kind === 'article' && event.data.articleId === article.id, 5_000, marks[i]).then((event) => event.at, () => null)),
    );
    for (const at of arrivals) {
      if (at === null) missed++;
      else {
        fromRequest.push(at - sent);
        fromAnswer.push(at - answered);
      }
    }
  }
  loading = false;
  await load;
  const line = (label: string, samples: number[]) => {
    const s = summarise(samples);
    console.log(`${label.padEnd(44)} p50 ${formatMs(s.p50)}  p95 ${formatMs(s.p95)}  p99 ${formatMs(s.p99)}  max ${formatMs(s.max)}  n=${s.n}`);
  };
  line('write sent → event at each subscriber', fromRequest);
  line('the write itself (sent → answered)', writes);
  // Negative: the event reached the subscriber before the write's own answer reached the writer.
  line('write answered → event (signed)', fromAnswer);
  console.log(`events missed (none within 5 s): ${missed}; drafts saved meanwhile: ${saved}`);
  // Blind review under load: the subscribers, all reviewers, were told of none of those drafts.
  const toldOfDrafts = readers.reduce((sum, reader) => sum + reader.events.filter((event) => event.event === 'change' && event.data.kind === 'annotation').length, 0);
  console.log(`annotation events the subscribers received (blind review: expect 0): ${toldOfDrafts}`);
} finally {
  loading = false;
  for (const controller of streams) controller.abort();
  await app.stop();
}
