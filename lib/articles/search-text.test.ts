import { describe, expect, it } from 'vitest';
import { normalizeClaimText } from './claim-text';
import { foldScriptVariants, textSearchConfig } from './search-text';

describe('foldScriptVariants', () => {
  it('drops harakat, tanwin, the superscript alef and tatweel', () => {
    expect(foldScriptVariants('مُحَمَّدٌ')).toBe('محمد');
    expect(foldScriptVariants('رحمٰن')).toBe('رحمن');
    expect(foldScriptVariants('بیمـــه')).toBe(foldScriptVariants('بیمه'));
  });

  it('reads Persian and Arabic spellings of a letter alike', () => {
    expect(foldScriptVariants('ایران کشور')).toBe(foldScriptVariants('ايران كشور'));
    expect(foldScriptVariants('إلى')).toBe(foldScriptVariants('الی'));
    expect(foldScriptVariants('أحمد آب ٱلله')).toBe('احمد اب الله');
    // Heh with yeh above, precomposed or as heh + hamza: both the bare heh.
    expect(foldScriptVariants('خانۀ')).toBe('خانه');
    expect(foldScriptVariants('خانهٔ')).toBe('خانه');
  });

  it('makes Persian and Arabic-Indic digits ASCII, and a zero-width non-joiner a space', () => {
    expect(foldScriptVariants('سال ۲۰۲۴ و ٢٠٢٤')).toBe('سال 2024 و 2024');
    expect(foldScriptVariants('توافق‌نامه')).toBe('توافق نامه');
  });

  it('folds compatibility forms (NFKC) and collapses whitespace, leaving case and Latin accents to SQL', () => {
    expect(foldScriptVariants(' ＡＢＣ\u3000ﾗﾌﾞﾛﾌ  ﻻ ')).toBe('ABC ラブロフ لا');
    expect(foldScriptVariants('Café Москва')).toBe('Café Москва');
    expect(foldScriptVariants('प्रधानमंत्री')).toBe('प्रधानमंत्री');
  });

  it('is what claim text is compared by', () => {
    expect(normalizeClaimText('روسیه و ایران ۱۲ توافق‌نامه')).toBe(normalizeClaimText('روسيه و ايران 12 توافق نامه'));
  });
});

describe('textSearchConfig', () => {
  it('stems the languages PostgreSQL has a stemmer for, by primary subtag', () => {
    expect(textSearchConfig('ru')).toBe('russian');
    expect(textSearchConfig('EN-GB')).toBe('english');
    expect(textSearchConfig('ar-EG')).toBe('arabic');
    expect(textSearchConfig('hi')).toBe('hindi');
  });

  it('reads the others word for word', () => {
    for (const tag of ['fa', 'fa-IR', 'ja', 'zh-Hant-TW', 'ko', 'he', 'ur', 'toString', 'constructor']) expect(textSearchConfig(tag)).toBe('simple');
  });
});
