import { afterEach, describe, expect, it, vi } from 'vitest';
import { setConfigEnv } from '../config';
import { runWithRequest } from './http/request-context';
import { log } from './log';

describe('structured logs', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    setConfigEnv({ LOG_LEVEL: 'warn' });
  });

  it('write one JSON line with the request id of the request being answered', async () => {
    setConfigEnv({ LOG_LEVEL: 'info' });
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => lines.push(String(chunk)) > 0);
    const request = new Request('http://localhost/api/x', { headers: { 'x-request-id': 'req-12345678' } });
    await runWithRequest(request, async () => log('info', 'request', { status: 200 }));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', pid: process.pid, msg: 'request', requestId: 'req-12345678', status: 200, time: expect.any(String) });
  });

  it('send errors to stderr with the error described, and drop info below LOG_LEVEL', () => {
    setConfigEnv({ LOG_LEVEL: 'warn' });
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => errors.push(String(chunk)) > 0);
    log('info', 'quiet');
    log('error', 'boom', { error: new Error('database fell over') });
    expect(out).not.toHaveBeenCalled();
    expect(JSON.parse(errors[0]!)).toMatchObject({ level: 'error', msg: 'boom', error: { name: 'Error', message: 'database fell over' } });
  });
});
