import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateWebhookSecret, isValidWebhookSignature, openWebhookSecret, sealWebhookSecret, signWebhookBody } from './webhook-secret';

const AUTH_SECRET = 'a'.repeat(48);

describe('webhook secrets', () => {
  it('seals and opens a secret; another auth secret cannot open it', () => {
    const secret = generateWebhookSecret();
    const sealed = sealWebhookSecret(secret, AUTH_SECRET);
    expect(sealed).not.toContain(secret.slice(6));
    expect(openWebhookSecret(sealed, AUTH_SECRET)).toBe(secret);
    expect(() => openWebhookSecret(sealed, 'b'.repeat(48))).toThrow();
  });

  it('signs the exact body with HMAC-SHA256, hex, sha256= prefix', () => {
    const body = '{"id":"e1","type":"article.published"}';
    const expected = createHmac('sha256', 'whsec_x').update(body).digest('hex');
    expect(signWebhookBody('whsec_x', body)).toBe(`sha256=${expected}`);
    expect(isValidWebhookSignature('whsec_x', body, `sha256=${expected}`)).toBe(true);
    expect(isValidWebhookSignature('whsec_x', `${body} `, `sha256=${expected}`)).toBe(false);
    expect(isValidWebhookSignature('whsec_y', body, `sha256=${expected}`)).toBe(false);
    expect(isValidWebhookSignature('whsec_x', body, undefined)).toBe(false);
  });
});
