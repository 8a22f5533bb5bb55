// API token secrets: 32 random bytes, shown once, stored only as a SHA-256
// digest. A fast hash is right here (unlike passwords): the secret has 256 bits
// of entropy, so there is nothing to brute-force, and every API call checks it.
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'cbt_';
const SECRET_PATTERN = /^cbt_[A-Za-z0-9_-]{43}$/;

export function generateTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether a string can be one of our secrets at all (so junk is refused without a database lookup). */
export function isWellFormedTokenSecret(secret: string): boolean {
  return SECRET_PATTERN.test(secret);
}

/** What is kept in the clear to tell tokens apart: the prefix and the first 6 characters. */
export function visibleTokenPrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 6);
}
