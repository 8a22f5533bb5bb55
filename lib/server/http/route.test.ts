// The route wrapper's input guards: JSON bodies and query strings carrying text
// PostgreSQL cannot store (NUL, half surrogate pairs) are a 400 naming the field,
// and a value the database itself refuses (SQLSTATE class 22, as Prisma's pg
// adapter reports it) is the client's 400 (or 404 for a malformed id), never a 500.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setConfigEnv } from '../../config';
import { AppError } from '../../errors';
import { errorResponse, readJson, route } from './route';

beforeAll(() => {
  // The wrapper logs every request; keep the test output to failures.
  setConfigEnv({ LOG_LEVEL: 'error' });
});

const jsonRequest = (body: string, url = 'http://localhost:3000/api/x') =>
  new Request(url, { method: 'POST', body, headers: { 'content-type': 'application/json', host: 'localhost:3000' } });

async function readRefusal(body: string): Promise<AppError> {
  try {
    await readJson(jsonRequest(body));
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected readJson to refuse the body');
}

describe('readJson', () => {
  it('refuses NUL and unpaired surrogates sent as JSON escapes, naming the field', async () => {
    expect((await readRefusal('{"title": "a\\u0000b"}')).message).toBe('title: contains a NUL character (U+0000), which cannot be stored. Remove it and send again.');
    expect((await readRefusal('{"evidence": [{"title": "\\ud800"}]}')).message).toMatch(/^evidence\.0\.title: contains an unpaired surrogate \(U\+D800\)/);
    expect((await readRefusal('{"ok": "\\udc00\\ud800"}')).code).toBe('bad_request');
    expect((await readRefusal('{"a\\u0000": 1}')).message).toMatch(/^A field name contains a NUL character/);
  });

  it('refuses a raw NUL byte in the body', async () => {
    expect((await readRefusal('{"title": "a\u0000b"}')).message).toMatch(/NUL character|not valid JSON/);
  });

  it('reads valid pairs, controls and markup as they are', async () => {
    await expect(readJson(jsonRequest('{"title": "\\ud83d\\udca9 <script>\\u0007"}'))).resolves.toEqual({ title: '💩 <script>\u0007' });
  });

  it('refuses a NUL 100,000 levels deep quickly, and lets the schema refuse the nesting itself', async () => {
    const depth = 100_000;
    const started = performance.now();
    expect((await readRefusal(`${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`)).code).toBe('bad_request');
    await expect(readJson(jsonRequest(`${'['.repeat(depth)}${']'.repeat(depth)}`))).resolves.toBeInstanceOf(Array);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('route()', () => {
  const handler = vi.fn(async () => Response.json({ ok: true }));
  const wrapped = route(handler);

  it('refuses a NUL in any query parameter before the handler runs', async () => {
    handler.mockClear();
    for (const query of ['q=a%00b', 'status=open%00', 'a%00=1', 'format=json&publisher=%00']) {
      const response = await wrapped(new Request(`http://localhost:3000/api/x?${query}`), {});
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toMatch(/NUL character \(U\+0000\)/);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes other hostile query strings to the handler', async () => {
    handler.mockClear();
    const response = await wrapped(new Request(`http://localhost:3000/api/x?q=${encodeURIComponent(`<script>'; DROP TABLE "Article"; --`)}&x=%ED%A0%80`), {});
    expect(response.status).toBe(200);
    expect(handler).toHaveBeenCalledOnce();
  });
});

/** What Prisma 7's pg adapter throws when PostgreSQL refuses a value. */
function driverError(originalCode: string, originalMessage: string): Error {
  return Object.assign(new Error('Invalid `db().article.findUnique()` invocation'), {
    name: 'PrismaClientKnownRequestError',
    code: 'P2007',
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { originalCode, originalMessage, kind: 'InvalidInputValue' } } },
  });
}

describe('errorResponse for values the database refuses', () => {
  it.each([
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00', 400],
    ['22008', 'date/time field value out of range: "0000-01-01"', 400],
    ['22P05', 'unsupported Unicode escape sequence', 400],
    ['22003', 'value "2147483648" is out of range for type integer', 400],
    ['22P02', 'invalid input syntax for type json', 400],
    ['22P02', 'invalid input syntax for type uuid: "------------------------------------"', 404],
  ])('SQLSTATE %s (%s) is a %i with a message and no SQL', async (code, message, status) => {
    const response = errorResponse(driverError(code, message));
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.message).not.toBe('');
    expect(JSON.stringify(body)).not.toMatch(/SQL|uuid|UTF8|22\d{3}|invocation/);
  });

  it('reads the same class from the error node-pg raises (statements sent to the pool directly)', () => {
    const pgError = (code: string, message: string) => Object.assign(new Error(message), { name: 'error', code, severity: 'ERROR' });
    expect(errorResponse(pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00')).status).toBe(400);
    expect(errorResponse(pgError('22P02', 'invalid input syntax for type uuid: "x"')).status).toBe(404);
  });

  it('still answers 500 for other database errors', () => {
    const silence = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(errorResponse(driverError('42P01', 'relation "Article" does not exist')).status).toBe(500);
      expect(errorResponse(Object.assign(new Error('relation "Article" does not exist'), { code: '42P01' })).status).toBe(500);
      expect(errorResponse(Object.assign(new Error('connect failed'), { code: 'ENOENT' })).status).toBe(500);
      expect(errorResponse(new Error('boom')).status).toBe(500);
    } finally {
      silence.mockRestore();
    }
  });
});

describe('the same-origin check on mutations', () => {
  const handler = route(async () => new Response(null, { status: 204 }));
  const post = (headers: Record<string, string>) => handler(new Request('http://0.0.0.0:3000/api/x', { method: 'POST', headers }), {});

  afterEach(() => {
    setConfigEnv({ TRUST_PROXY: undefined });
  });

  it('lets a browser on this host through and refuses another site', async () => {
    expect((await post({ host: 'desk.example', origin: 'https://desk.example' })).status).toBe(204);
    expect((await post({ host: 'desk.example', origin: 'https://evil.test' })).status).toBe(403);
    expect((await post({ host: 'desk.example', origin: 'null' })).status).toBe(403);
  });

  it('ignores a forged X-Forwarded-Host unless TRUST_PROXY says a proxy sets it', async () => {
    const forged = { host: 'desk.example', origin: 'https://evil.test', 'x-forwarded-host': 'evil.test' };
    expect((await post(forged)).status).toBe(403);
    setConfigEnv({ TRUST_PROXY: '1' });
    // Behind one trusted proxy, the host it forwards is the one the browser asked for.
    expect((await post({ host: 'app:3000', origin: 'https://desk.example', 'x-forwarded-host': 'desk.example' })).status).toBe(204);
    expect((await post({ host: 'app:3000', origin: 'https://evil.test', 'x-forwarded-host': 'evil.test, desk.example' })).status).toBe(403);
  });
});
