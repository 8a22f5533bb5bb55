import 'server-only';
// Recognises "the database is not there" (refused, timed out, shut down) among
// the errors Prisma, the pg driver and PostgreSQL raise, so callers can answer
// 503 and show a friendly page instead of a 500. "Busy" counts too: no
// connection or transaction slot within the wait (P2024, P2028) is an
// overload the client should retry, not a bug.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN',
  '57P01', '57P02', '57P03', // admin shutdown, crash shutdown, cannot connect now
  '08000', '08001', '08003', '08006', // connection exceptions
  'P1001', 'P1002', 'P1017', 'P2024', 'P2028',
]);
const UNAVAILABLE_MESSAGES = /connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|can't reach database|server has closed the connection|database system is (starting up|shutting down)|Connection ended unexpectedly|terminating connection|Client has encountered a connection error/i;

export function isDatabaseUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const record = current as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; errors?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof record.code === 'string' && UNAVAILABLE_CODES.has(record.code)) return true;
    if (typeof record.originalCode === 'string' && UNAVAILABLE_CODES.has(record.originalCode)) return true;
    if (typeof record.message === 'string' && UNAVAILABLE_MESSAGES.test(record.message)) return true;
    if (Array.isArray(record.errors) && record.errors.some(isDatabaseUnavailableError)) return true;
    // Prisma's driver-adapter errors (P2010, P2039) keep the PostgreSQL error under meta.
    if (record.meta?.driverAdapterError && isDatabaseUnavailableError(record.meta.driverAdapterError)) return true;
    current = record.cause;
  }
  return false;
}
