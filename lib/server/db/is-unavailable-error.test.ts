import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailableError } from './is-unavailable-error';

describe('isDatabaseUnavailableError', () => {
  it('recognises refused connections, shutdowns and timeouts, also when wrapped', () => {
    expect(isDatabaseUnavailableError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailableError(new Error('outer', { cause: new Error('timeout exceeded when trying to connect') }))).toBe(true);
    expect(isDatabaseUnavailableError(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]))).toBe(true);
  });

  // Shapes seen in bench/kill-restart.ts while PostgreSQL restarted, and in bench/load.ts under overload.
  it('recognises what Prisma and pg raise while PostgreSQL restarts or is saturated', () => {
    const adapter = Object.assign(new Error('Raw query failed. Code: `57P01`'), { code: 'P2010', meta: { driverAdapterError: { cause: { originalCode: '57P01', kind: 'postgres' } } } });
    expect(isDatabaseUnavailableError(adapter)).toBe(true);
    expect(isDatabaseUnavailableError(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), { code: 'P2028' }))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error('Unique constraint failed'), { code: 'P2002', meta: { driverAdapterError: { cause: { originalCode: '23505' } } } }))).toBe(false);
  });

  it('does not mistake other errors for an outage', () => {
    expect(isDatabaseUnavailableError(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailableError(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailableError(null)).toBe(false);
  });
});
