import { describe, expect, it } from 'vitest';
import { languageName } from './language-name';

describe('languageName', () => {
  it('names a language in English', () => {
    expect(languageName('fa')).toBe('Persian');
    expect(languageName('ar-EG')).toBe('Arabic (Egypt)');
    expect(languageName('ja')).toBe('Japanese');
  });

  it('gives the tag itself when there is no name for it', () => {
    expect(languageName('qaa')).toBe('qaa');
    expect(languageName('not a tag')).toBe('not a tag');
  });
});
