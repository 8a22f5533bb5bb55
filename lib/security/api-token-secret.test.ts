import { describe, expect, it } from 'vitest';
import { generateTokenSecret, hashTokenSecret, isWellFormedTokenSecret, visibleTokenPrefix } from './api-token-secret';

describe('API token secrets', () => {
  it('are long, random and well formed', () => {
    const a = generateTokenSecret();
    const b = generateTokenSecret();
    expect(a).not.toBe(b);
    expect(isWellFormedTokenSecret(a)).toBe(true);
    expect(a).toHaveLength(47);
  });

  it('hash to a stable hex digest that does not contain the secret', () => {
    const secret = generateTokenSecret();
    expect(hashTokenSecret(secret)).toBe(hashTokenSecret(secret));
    expect(hashTokenSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTokenSecret(secret)).not.toContain(secret.slice(4, 20));
  });

  it('refuse junk before any lookup', () => {
    for (const junk of ['', 'cbt_', 'Bearer x', `cbt_${'a'.repeat(42)}`, `cbt_${'a'.repeat(42)}!`, `xyz_${'a'.repeat(43)}`]) expect(isWellFormedTokenSecret(junk)).toBe(false);
  });

  it('keep only a short visible prefix', () => {
    expect(visibleTokenPrefix('cbt_abcdefghijk')).toBe('cbt_abcdef');
  });
});
