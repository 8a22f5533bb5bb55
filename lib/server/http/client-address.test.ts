import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PEER_HEADER, PEER_SERVER_MARK, UNKNOWN_ADDRESS, canonicalAddress, clientAddress } from './client-address';

const marks = globalThis as Record<symbol, unknown>;

describe('the client address', () => {
  beforeEach(() => {
    marks[PEER_SERVER_MARK] = true;
  });
  afterEach(() => {
    delete marks[PEER_SERVER_MARK];
  });

  it('is the TCP peer, whatever X-Forwarded-For or X-Real-IP claim, when no proxy is trusted', () => {
    const headers = new Headers({ [PEER_HEADER]: '127.0.0.2', 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.10' });
    expect(clientAddress(headers, 0)).toBe('127.0.0.2');
  });

  it('is the right-most entry the trusted proxies did not add', () => {
    // client 198.51.100.7 → proxy A (appends the client) → proxy B (appends A's address 10.0.0.1) → app (peer 10.0.0.2)
    const headers = { [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.0.0.1' };
    expect(clientAddress(headers, 1)).toBe('10.0.0.1');
    expect(clientAddress(headers, 2)).toBe('198.51.100.7');
    // a forged left-most entry is never reached with the right count
    expect(clientAddress(headers, 2)).not.toBe('6.6.6.6');
  });

  it('reads every X-Forwarded-For header line, in order', () => {
    const headers = { [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': ['6.6.6.6', '198.51.100.7'] };
    expect(clientAddress(headers, 1)).toBe('198.51.100.7');
  });

  it('stops at the last trusted hop when the header is short, missing or malformed', () => {
    expect(clientAddress({ [PEER_HEADER]: '10.0.0.2' }, 1)).toBe('10.0.0.2');
    expect(clientAddress({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '198.51.100.7' }, 3)).toBe('198.51.100.7');
    expect(clientAddress({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': 'not-an-address' }, 1)).toBe('10.0.0.2');
  });

  it('is "unknown" when no peer was recorded by scripts/server.ts, so a client-sent peer header is never believed', () => {
    delete marks[PEER_SERVER_MARK];
    expect(clientAddress({ [PEER_HEADER]: '127.0.0.2' }, 0)).toBe(UNKNOWN_ADDRESS);
  });

  it('writes addresses canonically', () => {
    expect(canonicalAddress('::ffff:127.0.0.3')).toBe('127.0.0.3');
    expect(canonicalAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(canonicalAddress('192.0.2.1:8080')).toBe('192.0.2.1');
    expect(canonicalAddress('2001:DB8:0:0::1')).toBe('2001:db8::1');
    expect(canonicalAddress('evil.test')).toBeNull();
  });
});
