import { describe, expect, it } from 'vitest';
import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts UUIDs in either case', () => {
    expect(isUuid('6f1c2a9e-3b7d-4c1e-9a2f-0d4b5c6e7f80')).toBe(true);
    expect(isUuid('6F1C2A9E-3B7D-4C1E-9A2F-0D4B5C6E7F80')).toBe(true);
  });

  it.each(['-'.repeat(36), 'a'.repeat(36), '6f1c2a9e3b7d4c1e9a2f0d4b5c6e7f80', '6f1c2a9e-3b7d-4c1e-9a2f-0d4b5c6e7f8', "6f1c2a9e-3b7d-4c1e-9a2f-0d4b5c6e7f80' OR 1=1", ''])('refuses %j', (value) => {
    expect(isUuid(value)).toBe(false);
  });
});
