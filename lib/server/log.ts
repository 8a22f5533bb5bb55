import 'server-only';
// Structured logs: one JSON object per line on stdout (errors on stderr), with
// the request id that proxy.ts gives every request, so one request's lines can
// be found across app processes by any log collector.
import { config } from '../config';
import { currentRequest } from './http/request-context';

type Level = 'info' | 'warn' | 'error';
type Fields = Record<string, unknown>;

function describeError(error: unknown): Fields {
  if (error instanceof Error) return { error: { name: error.name, message: error.message, stack: error.stack } };
  return { error: String(error) };
}

/** LOG_LEVEL=warn (or error) keeps the per-request info lines out, e.g. in the test suites. */
const THRESHOLD: Record<string, number> = { info: 0, warn: 1, error: 2 };

export function log(level: Level, message: string, fields: Fields = {}): void {
  if ((THRESHOLD[level] ?? 0) < (THRESHOLD[config().logLevel] ?? 0)) return;
  const request = currentRequest();
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    // Which of the cluster's processes wrote it (scripts/start.ts runs one per core).
    pid: process.pid,
    msg: message,
    ...(request ? { requestId: request.headers.get('x-request-id') ?? undefined } : {}),
    ...fields,
    ...('error' in fields ? describeError(fields.error) : {}),
  });
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}
