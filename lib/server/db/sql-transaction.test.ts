import { describe, expect, it } from 'vitest';
import { sqlUuid } from './sql-transaction';

describe('sqlUuid', () => {
  it('writes a uuid as a literal cast to uuid', () => {
    expect(sqlUuid('0b6c5bd5-5a4c-4a53-9b9f-3c0f0f3c2a11')).toBe("'0b6c5bd5-5a4c-4a53-9b9f-3c0f0f3c2a11'::uuid");
  });

  it('refuses anything else, so nothing but hex digits and dashes reaches a batch', () => {
    for (const value of ["0b6c5bd5-5a4c-4a53-9b9f-3c0f0f3c2a11'; DROP TABLE \"Annotation\"; --", "' OR '1'='1", '', 'not-a-uuid', '0b6c5bd5-5a4c-4a53-9b9f-3c0f0f3c2a1']) {
      expect(() => sqlUuid(value)).toThrow('not a uuid');
    }
  });
});
