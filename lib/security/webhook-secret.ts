// A webhook's signing secret: made here, shown to its creator once, and kept so the
// deliveries can be signed — which means kept readable, unlike an API token's
// secret (stored as a digest). At rest it is sealed with AES-256-GCM under a key
// derived (HKDF-SHA256) from the app's auth secret, so a copy of the database
// alone does not let anyone forge deliveries. Rotating NEXTAUTH_SECRET therefore
// makes existing webhooks unable to sign: delete and re-create them.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';
const KEY_INFO = 'corroborate webhook secret v1';
const SEALED_VERSION = 'v1';

/** A new signing secret: 32 random bytes, base64url, with a prefix that says what it is. */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

function sealingKey(authSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret, Buffer.alloc(0), KEY_INFO, 32));
}

/** `v1.<iv>.<tag>.<ciphertext>` (base64url parts). */
export function sealWebhookSecret(secret: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(authSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [SEALED_VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The secret back; throws when the sealed value was made under another auth secret or altered. */
export function openWebhookSecret(sealed: string, authSecret: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== SEALED_VERSION || !iv || !tag || ciphertext === undefined) throw new Error('not a sealed webhook secret');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(authSecret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}

/** The X-Corroborate-Signature value for `body` (the exact bytes sent): `sha256=<hex HMAC-SHA256>`. */
export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** How a receiver checks a delivery (and how the tests do): constant-time comparison of the signature. */
export function isValidWebhookSignature(secret: string, body: string, header: string | undefined | null): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
