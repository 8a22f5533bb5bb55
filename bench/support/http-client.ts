// A small HTTP client for the load and crash benches: one request with a
// session cookie, timed to the last byte of the body, never throwing (a
// connection error is status 0), and per-endpoint statistics.
import { summarise } from '../support';

export type Reply = {
  /** HTTP status, or 0 when no response arrived (refused, reset, timed out). */
  status: number;
  ms: number;
  /** The body as text (`read: 'text'`), or '' (`read: 'count'`). */
  body: string;
  bytes: number;
  headers: Headers | null;
  /** The network error when status is 0. */
  error?: string;
};

export type RequestOptions = { json?: unknown; timeoutMs?: number; read?: 'text' | 'count'; headers?: Record<string, string> };

function networkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const detail = cause instanceof Error ? `${(cause as { code?: string }).code ?? cause.name}: ${cause.message}` : '';
  return `${error.name}: ${error.message}${detail ? ` (${detail})` : ''}`;
}

export async function send(baseUrl: string, cookie: string, method: string, pathname: string, options: RequestOptions = {}): Promise<Reply> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${pathname}`, {
      method,
      redirect: 'manual',
      headers: { cookie, ...(options.json === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    });
    let body = '';
    let bytes = 0;
    if (options.read === 'count' && response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
      }
    } else {
      body = await response.text();
      bytes = Buffer.byteLength(body);
    }
    return { status: response.status, ms: performance.now() - started, body, bytes, headers: response.headers };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, body: '', bytes: 0, headers: null, error: networkError(error) };
  }
}

export function parseJson<T>(reply: Reply): T | null {
  try {
    return JSON.parse(reply.body) as T;
  } catch {
    return null;
  }
}

/** Is this reply the app's JSON error with the given code (`{"error":{"code":…}}`)? */
export function isJsonError(reply: Reply, code: string): boolean {
  return parseJson<{ error?: { code?: string } }>(reply)?.error?.code === code;
}

export type EndpointSummary = { endpoint: string; count: number; ok: number; errors: number; rate: number; p50: number; p95: number; p99: number; max: number; statuses: Map<number, number> };

/** Latencies and statuses per endpoint name ("GET /api/articles/:id/annotations"). */
export class EndpointStats {
  private readonly samples = new Map<string, number[]>();
  private readonly statuses = new Map<string, Map<number, number>>();
  private readonly errorCounts = new Map<string, number>();
  readonly firstErrors: { endpoint: string; status: number; detail: string; at: number }[] = [];

  /** Records a reply; an error is any non-2xx status or no response. */
  record(endpoint: string, reply: Reply, at = performance.now()): boolean {
    const ok = reply.status >= 200 && reply.status < 300;
    if (!this.samples.has(endpoint)) {
      this.samples.set(endpoint, []);
      this.statuses.set(endpoint, new Map());
      this.errorCounts.set(endpoint, 0);
    }
    this.samples.get(endpoint)!.push(reply.ms);
    const byStatus = this.statuses.get(endpoint)!;
    byStatus.set(reply.status, (byStatus.get(reply.status) ?? 0) + 1);
    if (!ok) {
      this.errorCounts.set(endpoint, this.errorCounts.get(endpoint)! + 1);
      if (this.firstErrors.length < 20) this.firstErrors.push({ endpoint, status: reply.status, detail: (reply.error ?? reply.body).slice(0, 300), at });
    }
    return ok;
  }

  /** Every endpoint's latencies together. */
  overall(): ReturnType<typeof summarise> {
    return summarise([...this.samples.values()].flat());
  }

  summary(seconds: number): EndpointSummary[] {
    return [...this.samples.entries()].map(([endpoint, latencies]) => {
      const s = summarise(latencies);
      const errors = this.errorCounts.get(endpoint)!;
      return { endpoint, count: s.n, ok: s.n - errors, errors, rate: s.n / seconds, p50: s.p50, p95: s.p95, p99: s.p99, max: s.max, statuses: this.statuses.get(endpoint)! };
    });
  }
}

/** Prints rows as an aligned table: first column left-aligned, the others right-aligned. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[], print: (line: string) => void = console.log): void {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  print(line(header));
  print(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) print(line(row));
}

/**
 * The mixed signed-in read load of bench/processes.ts and bench/topology.ts: `concurrency` clients alternating
 * GET /api/articles/<id> and GET /api/articles/<id>/annotations over the articles until `seconds` have passed.
 */
export async function driveArticleReads(baseUrl: string, cookie: string, articleIds: readonly string[], options: { seconds: number; concurrency: number; stats: EndpointStats }): Promise<void> {
  const deadline = performance.now() + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, client) => {
      for (let call = client; performance.now() < deadline; call += 1) {
        const id = articleIds[call % articleIds.length]!;
        const [endpoint, pathname] = call % 2 === 0 ? ['GET /api/articles/:id', `/api/articles/${id}`] : ['GET /api/articles/:id/annotations', `/api/articles/${id}/annotations`];
        options.stats.record(endpoint, await send(baseUrl, cookie, 'GET', pathname, { read: 'count', timeoutMs: 30_000 }));
      }
    }),
  );
}
