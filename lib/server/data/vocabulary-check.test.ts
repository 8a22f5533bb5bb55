import { describe, expect, it } from 'vitest';
import { DATABASE_VOCABULARIES } from './vocabulary-check';

describe('the database enums', () => {
  it.each(Object.entries(DATABASE_VOCABULARIES))('%s has the vocabulary’s members, in its order', (_name, [vocabulary, databaseEnum]) => {
    expect(Object.values(databaseEnum)).toEqual([...vocabulary]);
  });

  it('are each held to a vocabulary, but for VerdictAction and PasswordChangeKind, which only the data layer writes and nothing shows', async () => {
    const generated = await import('../db/generated/enums');
    const unchecked = Object.keys(generated).filter((name) => !(name in DATABASE_VOCABULARIES));
    expect(unchecked.sort()).toEqual(['PasswordChangeKind', 'VerdictAction']);
  });
});
