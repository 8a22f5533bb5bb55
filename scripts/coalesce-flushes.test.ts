import type { ServerResponse } from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { coalesceFlushes } from './coalesce-flushes';

/** A response with the compression's `flush`, counting the real flushes. */
function fakeResponse(): { response: ServerResponse & { flush: () => void }; flushed: () => number; end: () => void } {
  let flushed = 0;
  const state = { writableEnded: false };
  const response = {
    get writableEnded() {
      return state.writableEnded;
    },
    flush() {
      flushed += 1;
    },
  } as unknown as ServerResponse & { flush: () => void };
  return { response, flushed: () => flushed, end: () => (state.writableEnded = true) };
}

describe('coalesceFlushes', () => {
  it('makes the flushes asked for in one turn a single flush at its end', async () => {
    const { response, flushed } = fakeResponse();
    coalesceFlushes(response);
    for (let chunk = 0; chunk < 16; chunk += 1) response.flush();
    expect(flushed()).toBe(0);
    await nextTurn();
    expect(flushed()).toBe(1);
  });

  it('flushes again for what a later turn writes (a part of the page streamed later)', async () => {
    const { response, flushed } = fakeResponse();
    coalesceFlushes(response);
    response.flush();
    await nextTurn();
    response.flush();
    response.flush();
    await nextTurn();
    expect(flushed()).toBe(2);
  });

  it('does not flush a response that ended before the turn did', async () => {
    const { response, flushed, end } = fakeResponse();
    coalesceFlushes(response);
    response.flush();
    end();
    await nextTurn();
    expect(flushed()).toBe(0);
  });

  it('leaves a response without a compression flush alone', () => {
    const response = {} as ServerResponse;
    coalesceFlushes(response);
    expect('flush' in response).toBe(false);
  });
});
