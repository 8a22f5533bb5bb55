import 'server-only';
// Every route handler is wrapped here: same-origin check on mutations, text
// the database cannot store refused in queries and JSON bodies, one
// error-to-status mapping, and no stack trace or SQL ever sent to a client.
import { NextResponse } from 'next/server';
import { AppError, isAppError } from '../../errors';
import { isSameOrigin } from '../../security/same-origin';
import { assertStorableText } from '../../validation/parse-input';
import { isDatabaseUnavailableError } from '../db/is-unavailable-error';
import { log } from '../log';
import { requestHost } from './client-address';
import { runWithRequest } from './request-context';

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function route<C = unknown>(handler: Handler<C>): Handler<C> {
  return (request, context) =>
    runWithRequest(request, async () => {
      const started = performance.now();
      let response: Response;
      try {
        assertSameOrigin(request);
        assertStorableQuery(request);
        response = await handler(request, context);
      } catch (error) {
        response = errorResponse(error);
      }
      const requestId = request.headers.get('x-request-id');
      if (requestId) setHeaderIfMutable(response, 'X-Request-Id', requestId);
      log(response.status >= 500 ? 'error' : 'info', 'request', { method: request.method, path: new URL(request.url).pathname, status: response.status, ms: Math.round(performance.now() - started) });
      return response;
    });
}

export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    return NextResponse.json({ error: { code: error.code, message: error.message, details: error.details } }, { status: error.status });
  }
  const rejected = rejectedDataCode(error);
  if (rejected) {
    // The database refused a value (a malformed id, a date out of its range, a byte it cannot
    // store): the input's fault, whichever check upstream missed it. Logged so that check gets added.
    log('warn', 'The database refused a value from the request', { sqlState: rejected.code });
    const refusal = rejected.uuid
      ? new AppError('not_found', 'Nothing with that id exists.')
      : new AppError('bad_request', 'A value in the request is malformed or out of range, so it could not be used.');
    return errorResponse(refusal);
  }
  if (isDatabaseUnavailableError(error)) {
    return NextResponse.json(
      { error: { code: 'unavailable', message: 'The database is not reachable right now. Try again in a moment.' } },
      { status: 503, headers: { 'Retry-After': '5' } },
    );
  }
  log('error', 'Unhandled error in route handler', { error });
  return NextResponse.json({ error: { code: 'internal', message: 'Something went wrong on our side. It has been logged.' } }, { status: 500 });
}

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22xxx: invalid text representation, out of
 * range, invalid byte sequence, …) among the errors Prisma's pg adapter or node-pg raises, or null.
 */
function rejectedDataCode(error: unknown): { code: string; uuid: boolean } | null {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const record = current as { code?: unknown; originalCode?: unknown; originalMessage?: unknown; message?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
    // Prisma's adapter keeps PostgreSQL's code as originalCode; node-pg's own error (the statements
    // sent to the pool directly) carries it as code.
    const sqlState = typeof record.originalCode === 'string' ? record.originalCode : typeof record.code === 'string' ? record.code : null;
    if (sqlState !== null && /^22[0-9A-Z]{3}$/.test(sqlState)) {
      const message = typeof record.originalMessage === 'string' ? record.originalMessage : typeof record.message === 'string' ? record.message : '';
      return { code: sqlState, uuid: sqlState === '22P02' && /type uuid/.test(message) };
    }
    pending.push(record.meta?.driverAdapterError, record.cause);
  }
  return null;
}

/** A NUL in the query string would reach SQL as text PostgreSQL cannot hold: refuse it with the parameter's name. */
function assertStorableQuery(request: Request): void {
  const { searchParams } = new URL(request.url);
  for (const [key, value] of searchParams) {
    assertStorableText(key, ['query parameter name']);
    assertStorableText(value, [key]);
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Browsers send Origin on cross-site POST/PUT/PATCH/DELETE; a mismatch means another site is trying to act with our cookies. */
function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  // No Origin: a non-browser client (scripts, curl); it still needs a session or token.
  if (!isSameOrigin(request.headers.get('origin'), requestHost(request))) throw new AppError('forbidden', 'Cross-site request refused.');
}

const DEFAULT_MAX_BODY_BYTES = 3_000_000;

/** Reads a JSON body with a size cap; malformed JSON or the wrong content type is the client's mistake (4xx). */
export async function readJson(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) throw new AppError('unsupported_media_type', 'Send the body as JSON (Content-Type: application/json).');
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new AppError('payload_too_large', `The request body is too large (at most ${maxBytes.toLocaleString('en')} bytes).`);
  const raw = await readLimited(request, maxBytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
  // Before any handler reads a field (some look records up before parsing the rest).
  assertStorableText(parsed);
  return parsed;
}

/** Like readJson, for endpoints whose body may be left out entirely (an empty body reads as {}). */
export async function readOptionalJson(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  if (!request.headers.get('content-type') && (request.headers.get('content-length') ?? '0') === '0') return {};
  return readJson(request, maxBytes);
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new AppError('payload_too_large', `The request body is too large (at most ${maxBytes.toLocaleString('en')} bytes).`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

/** Some responses (Response.redirect, fetched ones) have immutable headers; those go out as they are. */
function setHeaderIfMutable(response: Response, name: string, value: string): void {
  try {
    if (!response.headers.has(name)) response.headers.set(name, value);
  } catch {
    // immutable headers
  }
}
