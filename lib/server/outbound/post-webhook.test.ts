import { describe, expect, it } from 'vitest';
import { isAllowListed, OutboundAddressRefused, vetOutboundUrl } from './outbound-address';
import { judgeStatus } from './post-webhook';

describe('judging a receiver’s answer', () => {
  it.each([
    [200, true, false],
    [204, true, false],
    [301, false, false],
    [400, false, false],
    [404, false, false],
    [410, false, false],
    [408, false, true],
    [429, false, true],
    [500, false, true],
    [503, false, true],
  ])('%i: delivered %s, retried %s', (status, delivered, retryable) => {
    expect(judgeStatus(status)).toMatchObject({ delivered, retryable, statusCode: status });
  });
});

describe('where a webhook may go', () => {
  it('matches OUTBOUND_ALLOW_HOSTS by host name or literal address, nothing looser', () => {
    expect(isAllowListed(new URL('http://127.0.0.1:4000/x'), ['127.0.0.1'])).toBe(true);
    expect(isAllowListed(new URL('http://[::1]:4000/x'), ['::1'])).toBe(true);
    expect(isAllowListed(new URL('http://CMS.internal/x'), ['cms.internal'])).toBe(true);
    expect(isAllowListed(new URL('http://cms.internal.evil.example/x'), ['cms.internal'])).toBe(false);
    expect(isAllowListed(new URL('http://127.0.0.2/x'), ['127.0.0.1'])).toBe(false);
  });

  it.each(['http://127.0.0.1/x', 'http://10.1.2.3/x', 'http://[::1]/x', 'http://169.254.169.254/', 'http://0x7f.0.0.1/', 'ftp://93.184.215.14/', 'http://user:pw@93.184.215.14/', 'https://93.184.215.14:22/'])(
    'refuses %s',
    async (url) => {
      await expect(vetOutboundUrl(url)).rejects.toBeInstanceOf(OutboundAddressRefused);
    },
  );

  it('accepts a public address on a web port', async () => {
    await expect(vetOutboundUrl('https://93.184.215.14/hook')).resolves.toMatchObject({ addresses: [{ address: '93.184.215.14', family: 4 }] });
  });
});
