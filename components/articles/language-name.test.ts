import { describe, expect, it } from 'vitest';
import { languageName } from './language-name';

describe('languageName', () => {
  it('names a language in the interface language', () => {
    expect(languageName('fa', 'en')).toBe('Persian');
    expect(languageName('ar-EG', 'en')).toBe('Arabic (Egypt)');
    expect(languageName('ja', 'en')).toBe('Japanese');
    expect(languageName('fa', 'fa')).toBe('فارسی');
    expect(languageName('ja', 'fa')).toBe('ژاپنی');
  });

  it('gives the tag itself when there is no name for it', () => {
    expect(languageName('qaa', 'en')).toBe('qaa');
    expect(languageName('not a tag', 'fa')).toBe('not a tag');
  });
});
