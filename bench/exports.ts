// Bulk exports of 10,000 and 100,000 annotations (over 100 and 1,000
// articles) as CSV and as W3C Web Annotation JSON-LD through the production
// server, uncompressed (as curl and scripts ask) and as a browser asks (the
// server then gzips): wall time to the last byte, the server process's CPU
// time and resident memory, beside `psql \copy` of the same rows (same
// columns, joins, filter and order) timed just before each run — the ratio
// is the figure. The 10k and 100k exports are one query with a wider date
// filter, on one server. Every export is first downloaded whole and checked.
// Needs a real PostgreSQL (and psql for the copy): figures only, no asserts.
// Run: npm run build && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/exports.ts
// (BENCH_REPEATS=3 runs each; BENCH_SERVER_NODE_OPTIONS is added to the server's NODE_OPTIONS.)
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import http from 'node:http';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import pg from 'pg';
import { prepareArticle } from '../lib/articles/prepare-article';
import { describeSpan } from '../lib/anchoring/selectors';
import type { AnnotationView } from '../lib/views/annotation-views';
import { EVIDENCE_TYPES, type EvidenceType } from '../lib/vocabulary';
import { DEMO_ACCOUNTS, seedDatabase } from '../prisma/seed';
import { applyMigrations, createTemporaryDatabase } from '../scripts/db/schema-engine';
import { freePort, ROOT, signIn } from './support';
import { commandOf, cpuSeconds, resetPeakRss, type RssSampler, sampleRss, servingPid, statusKb } from './support/process-memory';
import { cleanupOnExit } from './support/cleanup';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const ARTICLES = 1_000;
const SUBSET_ARTICLES = 100;
const ANNOTATIONS = 100_000;
const SUBSET_ANNOTATIONS = 10_000;
const DELETED_ANNOTATIONS = 1_000; // soft-deleted on top, which no export may include
const EMOJI_ARTICLES = 40;
const SAMPLE_MS = 50;
// e.g. "--max-old-space-size=160": does the export still run, in how much memory, when V8 may not grow the heap at will?
const SERVER_NODE_OPTIONS = process.env.BENCH_SERVER_NODE_OPTIONS ?? '';
// The subset's articles were imported a day before the others: both exports run one query and differ only in `to`.
const DAY_ONE = '2020-01-01';
const DAY_TWO = '2020-01-02';
const CASES = [
  { annotations: SUBSET_ANNOTATIONS, from: DAY_ONE, to: DAY_ONE },
  { annotations: ANNOTATIONS, from: DAY_ONE, to: DAY_TWO },
] as const;
type Case = (typeof CASES)[number];
type Format = 'csv' | 'jsonld';
// What a browser asks for (the server then compresses, flushing after every chunk), and what curl and most scripts get.
const ACCEPT_ENCODING = { browser: 'gzip, deflate, br', identity: 'identity' } as const;
type AcceptEncoding = keyof typeof ACCEPT_ENCODING;

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.log('bench/exports.ts needs a real PostgreSQL server (and psql): set DATABASE_URL=postgresql://… ; skipped.');
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Deterministic data (Park–Miller), so runs are comparable.

let seed = 20_261_201;
const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const PEOPLE = ['The interior minister', 'A spokesperson for the coalition', 'Dr. Amelie Brandt of the Zürich institute', 'The opposition leader', 'Police in the capital', 'The central bank', 'Local officials', 'A senior EU diplomat', 'The mayor of São Paulo', 'Union representatives', 'The health agency', 'Researchers at the university'];
const VERBS = ['said', 'claimed', 'denied', 'confirmed', 'warned', 'told reporters', 'insisted', 'estimated', 'acknowledged', 'wrote on social media'];
const CLAIMS = [
  'that unemployment had fallen to its lowest level in a decade',
  'that the new law would cut waiting times by half',
  'that more than 3,200 people had been evacuated overnight',
  'that the figures published last week were "deliberately misleading"',
  'that no public money had been spent on the project',
  'that crime rose by 14% after the reform',
  'that the vaccine had been tested on fewer than 500 volunteers',
  'that the border crossing had been closed since March',
  'that exports to the region doubled between 2019 and 2023',
  'that the contract was awarded without a tender',
  'that wages had kept pace with inflation',
  'that the protest drew about 40,000 people',
];
const TAILS = ['on Monday', 'in a televised address', 'according to the official transcript', 'despite earlier denials', 'citing internal documents', 'at a press conference in Brussels', 'in an interview with the paper', 'without giving a source', 'after a week of pressure', 'in a statement late on Friday'];
const ASIDES = [
  'The ministry did not respond to a request for comment.',
  '"We have seen nothing like it," one resident said.',
  'Official statistics tell a more complicated story.',
  'The claim has been repeated widely online since then.',
  'Independent analysts disputed the calculation.',
  'The report itself runs to 214 pages.',
  'Earlier versions of the document, seen by this paper, gave a different figure.',
  'Critics called the comparison — at best — selective.',
];
const EMOJI_ASIDES = ['Posts sharing the chart 📈 were viewed 2.1m times.', 'Supporters replied with 🇺🇦 and 🔥 under the video.', 'The caption read "facts 👩‍⚕️ not fear".', 'A meme using 𝔘𝔫𝔦𝔱𝔶 lettering spread on Tuesday 😂.', 'Some users added 🙏🏽 to the repost.'];
const PUBLISHERS = ['The Daily Ledger', 'Northern Herald', 'Wire Service One', 'Le Courrier', 'Frankfurter Blatt', 'El Diario Sur'];
const TOPICS = ['Budget figures', 'Border closures', 'Vaccine trials', 'Crime statistics', 'Public contracts', 'Protest numbers', 'Wage growth', 'Export records'];

function sentence(emoji: boolean): string {
  const roll = random();
  if (emoji && roll < 0.12) return pick(EMOJI_ASIDES);
  if (roll < 0.3) return pick(ASIDES);
  return `${pick(PEOPLE)} ${pick(VERBS)} ${pick(CLAIMS)} ${pick(TAILS)}.`;
}

function articleSource(index: number, emoji: boolean): string {
  const title = `${pick(TOPICS)}: what the record shows (${index + 1})${emoji ? ' 🔍' : ''}`;
  const target = between(5_000, 10_000);
  const lines = [title];
  let size = title.length;
  while (size < target) {
    const paragraph = Array.from({ length: between(3, 6) }, () => sentence(emoji)).join(' ');
    lines.push(paragraph);
    size += paragraph.length + 1;
  }
  return lines.join('\n');
}

const RATIONALES = [
  '',
  '',
  'Matches the ministry figures.',
  'Checked against the transcript, "word for word".',
  'Two problems:\n1. the date is wrong,\n2. the source is anonymous.',
  'Says "up to 5,000"; the report says 3,200.',
  '=SUM(A1:A9) is how the spreadsheet in the leak computes it',
  'Opinion, not a checkable claim — "deliberately" is a judgement.',
  'No source given. Asked the press office, no reply yet.',
  'Viral post 🔥 misquotes this line, see evidence.',
  '+14% is year on year, not since the reform',
  'Partly true, but the comparison leaves out 2020, "the pandemic year".\nFlag for the editor.',
];
type EvidenceItem = { url: string; title?: string; type?: EvidenceType };

function evidence(): EvidenceItem[] {
  return Array.from({ length: pick([0, 0, 1, 1, 1, 2, 3]) }, () => {
    const item: EvidenceItem = { url: `https://data.example.org/series/${between(100, 99_999)}?year=${between(2015, 2024)}` };
    if (random() < 0.6) item.title = pick(['Statistics Office, "Labour market, Q3"', 'Court ruling 4 K 112/21', 'Transcript, press conference', 'Parliament answer, 12 March']);
    if (random() < 0.7) item.type = pick(EVIDENCE_TYPES);
    return item;
  });
}

type BenchArticle = { id: string; title: string; html: string; text: string; textHash: string; publisher: string; sourceUrl: string | null; createdAt: string; emoji: boolean };
/** An "Annotation" row as the bench writes it: evidence as JSON text. */
type BenchAnnotation = Pick<AnnotationView, 'id' | 'articleId' | 'label' | 'start' | 'end' | 'exact' | 'prefix' | 'suffix' | 'rationale' | 'confidence' | 'anchorState' | 'createdAt' | 'updatedAt' | 'deletedAt'> & {
  authorId: string;
  evidence: string;
};

function buildArticles(): BenchArticle[] {
  const emojiEvery = Math.floor(ARTICLES / EMOJI_ARTICLES);
  return Array.from({ length: ARTICLES }, (_, index) => {
    const emoji = index % emojiEvery === 3;
    const prepared = prepareArticle({ text: articleSource(index, emoji) });
    const day = index < SUBSET_ARTICLES ? DAY_ONE : DAY_TWO;
    const publisher = pick(PUBLISHERS);
    return {
      id: randomUUID(),
      title: prepared.title,
      html: prepared.html,
      text: prepared.text,
      textHash: prepared.textHash,
      publisher,
      sourceUrl: random() < 0.8 ? `https://${publisher.toLowerCase().replaceAll(' ', '-')}.example/2020/01/story-${index + 1}` : null,
      createdAt: `${day}T${String(between(6, 20)).padStart(2, '0')}:${String(between(0, 59)).padStart(2, '0')}:00.000Z`,
      emoji,
    };
  });
}

/** `total` split over `parts` counts between roughly 40% and 160% of the mean. */
function spread(total: number, parts: number): number[] {
  const mean = total / parts;
  const counts = Array.from({ length: parts }, () => Math.max(1, Math.round(mean * (0.4 + 1.2 * random()))));
  let difference = total - counts.reduce((sum, count) => sum + count, 0);
  for (let at = 0; difference !== 0; at = (at + 1) % parts) {
    const step = Math.sign(difference);
    if (counts[at]! + step < 1) continue;
    counts[at]! += step;
    difference -= step;
  }
  return counts;
}

function annotationOn(article: BenchArticle, authorId: string, deleted: boolean): BenchAnnotation {
  const starts = wordStarts(article.text);
  for (;;) {
    const start = pick(starts);
    const roll = random();
    const length = roll < 0.7 ? between(8, 60) : roll < 0.95 ? between(60, 180) : between(300, 1_200);
    let end = Math.min(article.text.length, start + length);
    while (end < article.text.length && /\S/.test(article.text[end]!)) end++;
    while (end > start && /\s/.test(article.text[end - 1]!)) end--;
    if (end - start < 3) continue;
    const { quote } = describeSpan(article.text, start, end);
    const created = new Date(Date.parse(article.createdAt) + between(1, 60 * 24 * 30) * 60_000);
    const updated = random() < 0.3 ? new Date(created.getTime() + between(1, 60 * 24 * 5) * 60_000) : created;
    const anchorRoll = random();
    return {
      id: randomUUID(),
      articleId: article.id,
      authorId,
      label: pick(['claim', 'claim', 'claim', 'opinion', 'opinion', 'unsupported'] as const),
      start,
      end,
      ...quote,
      rationale: pick(RATIONALES),
      evidence: JSON.stringify(evidence()),
      confidence: pick([null, 'low', 'medium', 'medium', 'high', 'high'] as const),
      anchorState: anchorRoll < 0.95 ? 'anchored' : anchorRoll < 0.99 ? 'reanchored' : 'orphaned',
      createdAt: created.toISOString(),
      updatedAt: updated.toISOString(),
      deletedAt: deleted ? new Date(updated.getTime() + 60_000).toISOString() : null,
    };
  }
}

const startsCache = new Map<string, number[]>();
function wordStarts(text: string): number[] {
  let starts = startsCache.get(text);
  if (!starts) {
    starts = [...text.matchAll(/(?<=^|\s)\S/g)].map((match) => match.index);
    startsCache.set(text, starts);
  }
  return starts;
}

function buildAnnotations(articles: readonly BenchArticle[], reviewerIds: readonly string[]): BenchAnnotation[] {
  const counts = [...spread(SUBSET_ANNOTATIONS, SUBSET_ARTICLES), ...spread(ANNOTATIONS - SUBSET_ANNOTATIONS, ARTICLES - SUBSET_ARTICLES)];
  // Reviewers do not share the work evenly.
  const author = () => reviewerIds[random() < 0.4 ? 0 : random() < 0.6 ? 1 : 2]!;
  const annotations: BenchAnnotation[] = [];
  articles.forEach((article, index) => {
    for (let i = 0; i < counts[index]!; i++) annotations.push(annotationOn(article, author(), false));
  });
  for (let i = 0; i < DELETED_ANNOTATIONS; i++) annotations.push(annotationOn(pick(articles), author(), true));
  startsCache.clear();
  return annotations;
}

// ---------------------------------------------------------------------------------------------
// Bulk insert: one INSERT … SELECT FROM unnest(arrays) per batch.

async function insertRows<Row>(pool: pg.Pool, table: string, columns: readonly { name: string; type: string; value: (row: Row) => unknown }[], rows: readonly Row[], batch: number): Promise<void> {
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const arrays = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
  for (let at = 0; at < rows.length; at += batch) {
    const slice = rows.slice(at, at + batch);
    await pool.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`, columns.map((column) => slice.map(column.value)));
  }
}

async function insertData(pool: pg.Pool, articles: readonly BenchArticle[], annotations: readonly BenchAnnotation[], editorId: string): Promise<void> {
  await insertRows<BenchArticle>(
    pool,
    'Article',
    [
      { name: 'id', type: 'uuid', value: (a) => a.id },
      { name: 'title', type: 'text', value: (a) => a.title },
      { name: 'publisher', type: 'text', value: (a) => a.publisher },
      { name: 'sourceUrl', type: 'text', value: (a) => a.sourceUrl },
      { name: 'html', type: 'text', value: (a) => a.html },
      { name: 'text', type: 'text', value: (a) => a.text },
      { name: 'textHash', type: 'text', value: (a) => a.textHash },
      { name: 'status', type: '"ArticleStatus"', value: () => (random() < 0.7 ? 'open' : 'in_review') },
      { name: 'importedById', type: 'uuid', value: () => editorId },
      { name: 'createdAt', type: 'timestamp', value: (a) => a.createdAt },
      { name: 'updatedAt', type: 'timestamp', value: (a) => a.createdAt },
      { name: 'lastActivityAt', type: 'timestamp', value: (a) => a.createdAt },
    ],
    articles,
    200,
  );
  await insertRows<BenchArticle>(
    pool,
    'ArticleRevision',
    [
      { name: 'id', type: 'uuid', value: () => randomUUID() },
      { name: 'articleId', type: 'uuid', value: (a) => a.id },
      { name: 'revision', type: 'int', value: () => 1 },
      { name: 'title', type: 'text', value: (a) => a.title },
      { name: 'html', type: 'text', value: (a) => a.html },
      { name: 'text', type: 'text', value: (a) => a.text },
      { name: 'textHash', type: 'text', value: (a) => a.textHash },
      { name: 'authorId', type: 'uuid', value: () => editorId },
      { name: 'createdAt', type: 'timestamp', value: (a) => a.createdAt },
    ],
    articles,
    200,
  );
  await insertRows<BenchAnnotation>(
    pool,
    'Annotation',
    [
      { name: 'id', type: 'uuid', value: (a) => a.id },
      { name: 'articleId', type: 'uuid', value: (a) => a.articleId },
      { name: 'authorId', type: 'uuid', value: (a) => a.authorId },
      { name: 'label', type: '"Label"', value: (a) => a.label },
      { name: 'start', type: 'int', value: (a) => a.start },
      { name: 'end', type: 'int', value: (a) => a.end },
      { name: 'exact', type: 'text', value: (a) => a.exact },
      { name: 'prefix', type: 'text', value: (a) => a.prefix },
      { name: 'suffix', type: 'text', value: (a) => a.suffix },
      { name: 'revision', type: 'int', value: () => 1 },
      { name: 'rationale', type: 'text', value: (a) => a.rationale },
      { name: 'evidence', type: 'jsonb', value: (a) => a.evidence },
      { name: 'confidence', type: '"Confidence"', value: (a) => a.confidence },
      { name: 'anchorState', type: '"AnchorState"', value: (a) => a.anchorState },
      { name: 'createdAt', type: 'timestamp', value: (a) => a.createdAt },
      { name: 'updatedAt', type: 'timestamp', value: (a) => a.updatedAt },
      { name: 'deletedAt', type: 'timestamp', value: (a) => a.deletedAt },
    ],
    annotations,
    5_000,
  );
  await pool.query('VACUUM ANALYZE "Article", "ArticleRevision", "Annotation", "User"');
}

// ---------------------------------------------------------------------------------------------
// The server: scripts/start.ts as bench/support.ts starts it, but on our database, so the
// database exists (and is filled) before the server and is ours to drop.

type Server = { baseUrl: string; port: number; child: ChildProcess; stderr: () => string };

function launchServer(databaseUrl: string, dataDir: string, port: number): Server {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      CORROBORATE_DATA_DIR: dataDir,
      NEXT_TELEMETRY_DISABLED: '1',
      // One server process: the memory and CPU measured are those of the process serving the export.
      WEB_CONCURRENCY: '1',
      NODE_OPTIONS: [process.env.NODE_OPTIONS, SERVER_NODE_OPTIONS].filter(Boolean).join(' '),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  return { baseUrl: `http://127.0.0.1:${port}`, port, child, stderr: () => stderr };
}

async function waitUntilHealthy(server: Server): Promise<void> {
  const { child } = server;
  const deadline = performance.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the app exited during start-up:\n${server.stderr()}`);
    if (performance.now() > deadline) throw new Error(`the app did not answer /api/health within 180 s:\n${server.stderr()}`);
    const ok = await fetch(`${server.baseUrl}/api/health`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stopServer(server: Server): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {}
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// Measurements

type Download = { ms: number; cpuS: number; bytes: number; records: number; encoding: string; beforeKb: number; peakKb: number; hwmKb: number | null };

function exportUrl(baseUrl: string, format: Format, c: Case): string {
  return `${baseUrl}/api/exports?${new URLSearchParams({ format, from: c.from, to: c.to })}`;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GET read to the end as it arrives on the wire (not decoded): bytes counted, never kept. */
function download(url: string, headers: Record<string, string>): Promise<{ bytes: number; records: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers }, (response) => {
      let bytes = 0;
      let refusal = '';
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (response.statusCode !== 200 && refusal.length < 500) refusal += chunk.toString();
      });
      response.on('error', reject);
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`${url} answered ${response.statusCode}: ${refusal}`));
        else resolve({ bytes, records: Number(response.headers['x-export-records']), encoding: response.headers['content-encoding'] ?? 'identity' });
      });
    });
    request.on('error', reject);
  });
}

/** One export, timed from request to last byte, while the server's RSS is sampled. */
async function measureExport(url: string, cookie: string, acceptEncoding: AcceptEncoding, serverPid: number): Promise<Download> {
  await pause(300);
  const beforeKb = (await statusKb(serverPid, 'VmRSS')) ?? 0;
  const hwmReset = await resetPeakRss(serverPid);
  const sampler: RssSampler = sampleRss(serverPid, SAMPLE_MS);
  try {
    const cpuBefore = (await cpuSeconds(serverPid)) ?? 0;
    const started = performance.now();
    const result = await download(url, { cookie, 'accept-encoding': ACCEPT_ENCODING[acceptEncoding] });
    const ms = performance.now() - started;
    const cpuS = ((await cpuSeconds(serverPid)) ?? 0) - cpuBefore;
    const { peakKb } = await sampler.stop();
    const hwmKb = hwmReset ? await statusKb(serverPid, 'VmHWM') : null;
    return { ms, cpuS, ...result, beforeKb, peakKb, hwmKb };
  } finally {
    await sampler.stop();
  }
}

function copySelect(c: Case): string {
  // The columns, joins, filter and order of lib/server/data/exports/stream-export-annotations.ts, in one query.
  return [
    'SELECT a.id, a."articleId", ar.title AS "articleTitle", ar."sourceUrl", u.id AS "reviewerId", u.name AS "reviewerName",',
    'a.label::text AS label, a.start, a."end", a.exact, a.prefix, a.suffix, a.revision, a.rationale, a.evidence,',
    'a.confidence::text AS confidence, a."anchorState"::text AS "anchorState", a.canonical, a.via, a."createdAt", a."updatedAt"',
    'FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" JOIN "User" u ON u.id = a."authorId"',
    `WHERE a."deletedAt" IS NULL AND TRUE AND ar."createdAt" >= '${c.from}'::date AND ar."createdAt" < '${c.to}'::date + 1`,
    'ORDER BY a.id',
  ].join(' ');
}

async function psqlCopy(databaseUrl: string, c: Case, file: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const child = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', databaseUrl, '-c', `\\copy (${copySelect(c)}) TO '${file}' WITH CSV HEADER`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`psql \\copy failed (${code}): ${stderr}`);
  return { ms, bytes: (await stat(file)).size };
}

async function psqlAvailable(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('psql', ['--version'], { stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const mb = (kb: number) => kb / 1024;

// ---------------------------------------------------------------------------------------------
// Sanity checks: unmeasured downloads, read whole and parsed.

type JsonLdSelector = { type: 'TextPositionSelector'; start: number; end: number } | { type: 'TextQuoteSelector'; exact: string };
type JsonLdItem = { id: string; target: { source: string; selector: JsonLdSelector[] }; body: { purpose: string; value?: string }[] };
type JsonLdExport = { type: string | string[]; total: number; first: { items: JsonLdItem[] } };

function formulaEscaped(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

async function checkCsv(url: string, cookie: string, c: Case, byId: Map<string, BenchAnnotation>, texts: Map<string, string>): Promise<string> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body = await response.text();
  const records = parseCsv(body, { columns: true, bom: true, relax_column_count: false }) as Record<string, string>[];
  const problems: string[] = [];
  if (records.length !== c.annotations) problems.push(`${records.length} rows, expected ${c.annotations}`);
  let multiline = 0;
  for (const record of records) {
    const expected = byId.get(record.annotation_id ?? '');
    if (!expected || expected.deletedAt) {
      problems.push(`unexpected row ${record.annotation_id}`);
      continue;
    }
    const quote = texts.get(expected.articleId)!.slice(Number(record.start), Number(record.end));
    if (record.quote !== formulaEscaped(quote) || quote !== expected.exact) problems.push(`quote of ${expected.id} differs`);
    if (record.rationale !== formulaEscaped(expected.rationale)) problems.push(`rationale of ${expected.id} differs`);
    if (expected.rationale.includes('\n')) multiline += 1;
    if (problems.length > 5) break;
  }
  if (new Set(records.map((record) => record.annotation_id)).size !== records.length) problems.push('duplicate rows');
  if (problems.length) throw new Error(`CSV ${c.annotations}: ${problems.slice(0, 5).join('; ')}`);
  return `CSV ${c.annotations}: ${records.length} rows parsed (csv-parse), quotes = text.slice(start,end), rationales intact (${multiline} with line breaks)`;
}

async function checkJsonLd(url: string, cookie: string, c: Case, byId: Map<string, BenchAnnotation>, codePoints: Map<string, string[]>): Promise<string> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const document = JSON.parse(await response.text()) as JsonLdExport;
  const items = document.first.items;
  const problems: string[] = [];
  if (![document.type].flat().includes('AnnotationCollection') || document.total !== c.annotations) problems.push(`type ${String(document.type)}, total ${document.total}`);
  if (items.length !== c.annotations) problems.push(`${items.length} items, expected ${c.annotations}`);
  let shifted = 0;
  let quoteOnly = 0;
  for (const item of items) {
    const expected = byId.get(item.id.slice(item.id.lastIndexOf('/') + 1));
    if (!expected || expected.deletedAt) {
      problems.push(`unexpected item ${item.id}`);
      continue;
    }
    const position = item.target.selector.find((selector) => selector.type === 'TextPositionSelector');
    if (!position) {
      quoteOnly += 1;
      if (expected.anchorState !== 'orphaned') problems.push(`${expected.id} lost its position`);
      continue;
    }
    // W3C positions count code points.
    if (codePoints.get(expected.articleId)!.slice(position.start, position.end).join('') !== expected.exact) problems.push(`position of ${expected.id} does not select its quote`);
    if (position.start !== expected.start) shifted += 1;
    if (problems.length > 5) break;
  }
  if (problems.length) throw new Error(`JSON-LD ${c.annotations}: ${problems.slice(0, 5).join('; ')}`);
  return `JSON-LD ${c.annotations}: parses, first.items.length = total = ${items.length}; code-point positions select the quotes (${shifted} shifted by emoji, ${quoteOnly} orphaned quote-only)`;
}

/** Connection refused, or the server shutting down or starting up. */
function isServerUnreachable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === '57P01' || code === '57P03';
}

/** database.drop() remembers its first attempt; a retry needs a fresh one, so drop by name here. */
async function dropDatabaseByName(database: { name: string }): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A measured step, retried (twice at most) once the server is healthy again when something else on the machine broke it. */
async function retrying<T>(label: string, server: Server, step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (attempt > 2 || server.child.exitCode !== null || server.child.signalCode !== null) throw error;
      console.log(`  ${label} failed (${error instanceof Error ? error.message : String(error)}); retrying once the server answers /api/health`);
      await pause(1_000);
      await waitUntilHealthy(server);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The run, cleaned up on any exit path.

const cleanup = cleanupOnExit({ onSignal: 'stopping the server and dropping the database…' });

try {
  const hasPsql = await psqlAvailable();
  const database = await createTemporaryDatabase(serverUrl, 'corroborate_bench_');
  cleanup.add(async () => {
    // Other work on a shared server may restart it; wait for it (a minute at most) rather than leave the database behind.
    for (let attempt = 1; ; attempt++) {
      try {
        return await dropDatabaseByName(database);
      } catch (error) {
        if (attempt >= 30 || !isServerUnreachable(error)) {
          throw new Error(`could not drop the database ${database.name} (drop it by hand): ${error instanceof Error ? error.message : String(error)}`);
        }
        await pause(2_000);
      }
    }
  });
  const workDir = await mkdtemp(path.join(tmpdir(), 'corroborate-bench-exports-'));
  cleanup.add(() => rm(workDir, { recursive: true, force: true }));

  let t0 = performance.now();
  await applyMigrations(database.url);
  const password = randomBytes(12).toString('base64url');
  await seedDatabase(database.url, { demoAccounts: true, demoPassword: password });
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  pool.on('error', () => undefined);
  cleanup.add(() => pool.end());
  const users = (await pool.query<{ id: string; email: string }>('SELECT id, email FROM "User"')).rows;
  const idOf = (email: string) => users.find((user) => user.email === email)!.id;
  const reviewerIds = DEMO_ACCOUNTS.filter((account) => account.role === 'reviewer').map((account) => idOf(account.email));
  const articles = buildArticles();
  const annotations = buildAnnotations(articles, reviewerIds);
  const generatedMs = performance.now() - t0;
  t0 = performance.now();
  await insertData(pool, articles, annotations, idOf('editor@example.org'));
  const [sizes] = (await pool.query<{ annotations: string; articles: string }>(`SELECT pg_size_pretty(pg_total_relation_size('"Annotation"')) AS annotations, pg_size_pretty(pg_total_relation_size('"Article"')) AS articles`)).rows;
  console.log(
    `database: fresh "${database.name}" on DATABASE_URL's server; ${ARTICLES} articles (${(articles.reduce((sum, a) => sum + a.text.length, 0) / ARTICLES / 1000).toFixed(1)} kB text each on average, ${articles.filter((a) => a.emoji).length} with emoji; table ${sizes?.articles}), ` +
      `${ANNOTATIONS.toLocaleString('en')} live + ${DELETED_ANNOTATIONS.toLocaleString('en')} deleted annotations by 3 reviewers (table ${sizes?.annotations}); migrate+seed+generate ${(generatedMs / 1000).toFixed(1)} s, insert ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const server = launchServer(database.url, workDir, await freePort());
  cleanup.add(() => stopServer(server));
  await waitUntilHealthy(server);
  const serverPid = await servingPid(server.baseUrl);
  if (serverPid === null) throw new Error(`could not find the server process behind ${server.baseUrl}`);
  console.log(`server: pid ${serverPid} (${(await commandOf(serverPid)).slice(0, 60)}), under launcher pid ${server.child.pid}; ${SERVER_NODE_OPTIONS ? `NODE_OPTIONS ${SERVER_NODE_OPTIONS}; ` : ''}RSS sampled every ${SAMPLE_MS} ms${(await resetPeakRss(serverPid)) ? ', peak also from VmHWM (reset per run)' : ''}`);
  const cookie = await signIn(server.baseUrl, 'editor@example.org', password);

  // Unmeasured first: every export once, parsed and checked (also warms the route, JIT and caches).
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  const codePoints = new Map(articles.map((article) => [article.id, Array.from(article.text)]));
  for (const c of CASES) {
    console.log(`check ${await retrying(`CSV ${c.annotations} check`, server, () => checkCsv(exportUrl(server.baseUrl, 'csv', c), cookie, c, byId, texts))}`);
    console.log(`check ${await retrying(`JSON-LD ${c.annotations} check`, server, () => checkJsonLd(exportUrl(server.baseUrl, 'jsonld', c), cookie, c, byId, codePoints))}`);
  }
  byId.clear();
  texts.clear();
  codePoints.clear();

  const copyFile = (c: Case) => path.join(workDir, `copy-${c.annotations}.csv`);
  if (hasPsql) {
    for (const c of CASES) {
      await psqlCopy(database.url, c, copyFile(c)); // warm-up, and a check that it holds the same rows
      const rows = (parseCsv(await readFile(copyFile(c), 'utf8'), { columns: true }) as unknown[]).length;
      if (rows !== c.annotations) throw new Error(`psql \\copy wrote ${rows} rows for ${c.annotations}`);
    }
  } else {
    console.log('psql not found on PATH: the \\copy comparison is skipped');
  }

  const baselineKb = (await statusKb(serverPid, 'VmRSS')) ?? 0;
  // Each export run follows a \copy of the same rows, so both see the same load on a shared machine.
  type Row = { format: Format; c: Case; accept: AcceptEncoding; runs: Download[]; copies: { ms: number; bytes: number }[] };
  const rows: Row[] = [];
  for (const format of ['csv', 'jsonld'] as const) {
    for (const c of CASES) {
      for (const accept of ['identity', 'browser'] as const) {
        const row: Row = { format, c, accept, runs: [], copies: [] };
        for (let i = 0; i < REPEATS; i++) {
          const [copy, run] = await retrying(`${format} ${c.annotations} ${accept} run ${i + 1}`, server, async () => [
            hasPsql ? await psqlCopy(database.url, c, copyFile(c)) : null,
            await measureExport(exportUrl(server.baseUrl, format, c), cookie, accept, serverPid),
          ] as const);
          if (run.records !== c.annotations) throw new Error(`${format} ${c.annotations}: X-Export-Records says ${run.records}`);
          if (copy) row.copies.push(copy);
          row.runs.push(run);
        }
        rows.push(row);
      }
    }
  }

  const key = (format: Format, annotations: number, accept: AcceptEncoding) => `${format} ${annotations} ${accept}`;
  const formatName = (format: Format) => (format === 'csv' ? 'CSV' : 'JSON-LD');
  console.log(
    `\nserver RSS after warm-up, before the first measured export: ${mb(baselineKb).toFixed(0)} MB. Median of ${REPEATS} runs, timed from request to last byte, each right after a \\copy of the same rows (copy s: their median); server CPU: user+system of the server process (all threads). ` +
      `"bytes" as sent on the wire (gzip rows: compressed; decoded they are the identity rows). RSS: the run with the largest growth over the RSS just before it (peak = sampled every ${SAMPLE_MS} ms or the kernel's VmHWM, whichever is higher); VmHWM: the highest of the runs.`,
  );
  const header = ['format', 'annotations', 'encoding', 'bytes', 'median s', 'min–max s', 'server CPU s', 'before MB', 'peak RSS MB', 'growth MB', 'VmHWM MB', 'copy s', 'copy bytes', 'ratio'];
  const table: string[][] = [header];
  const ratios = new Map<string, number>();
  const growths = new Map<string, number>();
  for (const { format, c, accept, runs, copies } of rows) {
    const seconds = median(runs.map((run) => run.ms)) / 1000;
    // The kernel's mark catches what 50 ms sampling misses; it was reset to the RSS at the start of the run.
    const peakOf = (run: Download) => Math.max(run.peakKb, run.hwmKb ?? 0);
    const worst = runs.reduce((a, b) => (peakOf(b) - b.beforeKb > peakOf(a) - a.beforeKb ? b : a));
    const copySeconds = copies.length ? median(copies.map((copy) => copy.ms)) / 1000 : null;
    const ratio = copySeconds ? seconds / copySeconds : null;
    if (ratio !== null) ratios.set(key(format, c.annotations, accept), ratio);
    growths.set(key(format, c.annotations, accept), mb(peakOf(worst) - worst.beforeKb));
    const hwm = runs.every((run) => run.hwmKb !== null) ? Math.max(...runs.map((run) => run.hwmKb!)) : null;
    table.push([
      formatName(format),
      c.annotations.toLocaleString('en'),
      runs[0]!.encoding,
      runs[0]!.bytes.toLocaleString('en'),
      seconds.toFixed(2),
      `${(Math.min(...runs.map((run) => run.ms)) / 1000).toFixed(2)}–${(Math.max(...runs.map((run) => run.ms)) / 1000).toFixed(2)}`,
      median(runs.map((run) => run.cpuS)).toFixed(2),
      mb(worst.beforeKb).toFixed(0),
      mb(peakOf(worst)).toFixed(0),
      `+${mb(peakOf(worst) - worst.beforeKb).toFixed(0)}`,
      hwm === null ? 'n/a' : mb(hwm).toFixed(0),
      copySeconds === null ? 'n/a' : copySeconds.toFixed(2),
      copies[0] ? copies[0].bytes.toLocaleString('en') : 'n/a',
      ratio === null ? 'n/a' : `${ratio.toFixed(1)}×`,
    ]);
  }
  const widths = header.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  for (const [index, line] of table.entries()) {
    console.log(line.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }

  console.log('\ntargets (information, not assertions):');
  console.log(
    '  (RSS also holds garbage V8 has not collected yet, and V8 lets the heap grow more in a long export; to tell retention from headroom, ' +
      'rerun with BENCH_SERVER_NODE_OPTIONS=--max-old-space-size=128: an export that keeps rows cannot finish under that cap.)',
  );
  for (const format of ['csv', 'jsonld'] as const) {
    for (const accept of ['identity', 'browser'] as const) {
      const name = `${formatName(format)} ${rows.find((row) => row.format === format && row.accept === accept)!.runs[0]!.encoding}`.padEnd(16);
      const ratio = ratios.get(key(format, ANNOTATIONS, accept));
      console.log(`  ${name} time within 3× of \\copy at 100k: ${ratio === undefined ? 'n/a (no psql)' : `${ratio <= 3 ? 'met' : 'NOT met'} (${ratio.toFixed(1)}×)`}`);
      const small = growths.get(key(format, SUBSET_ANNOTATIONS, accept))!;
      const large = growths.get(key(format, ANNOTATIONS, accept))!;
      // "Flat": ten times the rows may cost at most a quarter more peak growth, plus 16 MB of allocator noise.
      const flat = large <= small * 1.25 + 16;
      console.log(`  ${name} peak RSS flat from 10k to 100k:  ${flat ? 'met' : 'NOT met'} (growth +${small.toFixed(0)} MB → +${large.toFixed(0)} MB; flat = at most 1.25× + 16 MB)`);
    }
  }
} catch (error) {
  console.error(`bench/exports.ts failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup.run();
}
// Nothing may keep the process alive after a failure (a sampler timer, a stray socket).
process.exit(process.exitCode ?? 0);
