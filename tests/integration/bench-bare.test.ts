// The bare write (POST /api/bench/bare), request-cost.ts's baseline for writes: it reads its body
// as every write does, so bad input gets the same clear 4xx, and it stores nothing anywhere.
import { describe, expect, it } from 'vitest';

const { POST } = await import('@/app/api/bench/bare/route');

const post = (body: string, contentType = 'application/json') => POST(new Request('http://localhost/api/bench/bare', { method: 'POST', headers: { 'content-type': contentType }, body }));

describe('POST /api/bench/bare', () => {
  it('answers 201 to a JSON body', async () => {
    const answer = await post(JSON.stringify({ label: 'claim', start: 0, end: 4 }));
    expect(answer.status).toBe(201);
    expect(await answer.json()).toEqual({ ok: true });
  });

  it.each([
    ['malformed JSON', '{"label":', 'application/json', 400, 'bad_request'],
    ['another content type', 'label=claim', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
    ['a body over 200 kB', JSON.stringify({ text: 'x'.repeat(200_001) }), 'application/json', 413, 'payload_too_large'],
  ])('refuses %s with a clear 4xx', async (_case, body, contentType, status, code) => {
    const answer = await post(body, contentType);
    expect(answer.status).toBe(status);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe(code);
  });
});
