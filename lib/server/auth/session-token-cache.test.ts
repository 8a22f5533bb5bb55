import type { JWT } from 'next-auth/jwt';
import { describe, expect, it, vi } from 'vitest';
import { decodedSessionToken } from './session-token-cache';

const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);
const token = (uid: string, expiresInSeconds: number): JWT => ({ uid, exp: NOW / 1000 + expiresInSeconds }) as JWT;

describe('decodedSessionToken', () => {
  it('decodes a cookie value once and reuses the token while it has not expired', async () => {
    const decode = vi.fn(async () => token('u1', 60));
    expect((await decodedSessionToken('cookie-a', decode, NOW))?.uid).toBe('u1');
    expect((await decodedSessionToken('cookie-a', decode, NOW + 59_000))?.uid).toBe('u1');
    expect(decode).toHaveBeenCalledTimes(1);
  });

  it('never answers a kept token past its expiry: it decodes again, and a refusal is the answer', async () => {
    const first = vi.fn(async () => token('u2', 30));
    await decodedSessionToken('cookie-b', first, NOW);
    const again = vi.fn(async (): Promise<JWT | null> => null);
    expect(await decodedSessionToken('cookie-b', again, NOW + 30_000)).toBeNull();
    expect(again).toHaveBeenCalledTimes(1);
    // Nothing is kept for a value that did not decode.
    expect(await decodedSessionToken('cookie-b', again, NOW + 30_000)).toBeNull();
    expect(again).toHaveBeenCalledTimes(2);
  });

  it('keeps each cookie value apart, and keeps no token without an expiry', async () => {
    const decodeC = vi.fn(async () => token('u3', 60));
    const decodeD = vi.fn(async () => ({ uid: 'u4' }) as JWT);
    expect((await decodedSessionToken('cookie-c', decodeC, NOW))?.uid).toBe('u3');
    expect((await decodedSessionToken('cookie-d', decodeD, NOW))?.uid).toBe('u4');
    await decodedSessionToken('cookie-d', decodeD, NOW);
    expect(decodeC).toHaveBeenCalledTimes(1);
    expect(decodeD).toHaveBeenCalledTimes(2);
  });
});
