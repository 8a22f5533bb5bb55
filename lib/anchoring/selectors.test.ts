import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeSpan, validateSpan } from './selectors';
import { splitsGraphemeCluster } from './utf16';

const hasLoneSurrogate = (text: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('describeSpan', () => {
  const text = 'Officials in Moscow said on Monday that Russia sent troops to Syria to protect its naval base at Tartus.';

  it('takes 32 code units of context each side in the middle of a text', () => {
    const start = text.indexOf('Russia');
    const end = text.indexOf(' to protect');
    const { position, quote } = describeSpan(text, start, end);
    expect(position).toEqual({ start, end });
    expect(quote.exact).toBe('Russia sent troops to Syria');
    expect(quote.prefix).toBe('s in Moscow said on Monday that ');
    expect(quote.suffix).toBe(' to protect its naval base at Ta');
    expect(quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(quote.suffix).toHaveLength(CONTEXT_LENGTH);
  });

  it('shortens the prefix at the start of the text and the suffix at its end', () => {
    const atStart = describeSpan(text, 0, 'Officials'.length);
    expect(atStart.quote.prefix).toBe('');
    expect(atStart.quote.suffix).toBe(text.slice(9, 9 + CONTEXT_LENGTH));
    const atEnd = describeSpan(text, text.length - 'Tartus.'.length, text.length);
    expect(atEnd.quote.suffix).toBe('');
    expect(atEnd.quote.prefix).toBe(text.slice(text.length - 7 - CONTEXT_LENGTH, text.length - 7));
    const near = describeSpan(text, 5, 9);
    expect(near.quote.prefix).toBe('Offic');
  });

  it('covers the whole text with empty context on both sides', () => {
    expect(describeSpan('Iran', 0, 4).quote).toEqual({ exact: 'Iran', prefix: '', suffix: '' });
  });

  it('never cuts a surrogate pair at a context edge', () => {
    // 😀 is two code units; put one so that 32 units before the quote falls inside it.
    const before = '😀' + 'a'.repeat(31); // 33 code units, the pair at 0–1
    const after = 'b'.repeat(31) + '🇮🇷'; // a flag: two pairs, the first at 31–32
    const sample = before + 'QUOTE' + after;
    const { quote } = describeSpan(sample, before.length, before.length + 5);
    expect(quote.prefix).toBe('a'.repeat(31)); // 31 units: 32 would start inside 😀
    expect(quote.suffix).toBe('b'.repeat(31)); // 31 units: 32 would end inside 🇮
    expect(hasLoneSurrogate(quote.prefix) || hasLoneSurrogate(quote.suffix)).toBe(false);
  });

  it('keeps whole emoji when the full 32 units fit', () => {
    const sample = 'x😀' + 'a'.repeat(30) + 'QUOTE';
    const { quote } = describeSpan(sample, sample.length - 5, sample.length);
    expect(quote.prefix).toBe('😀' + 'a'.repeat(30));
    expect(quote.prefix).toHaveLength(32);
  });

  it('counts UTF-16 code units in Cyrillic, Persian and Chinese text', () => {
    const sample = 'Москва заявила, что Россия направила войска в Иран. تهران این ادعا را رد کرد. 德黑兰否认了这一说法。';
    const start = sample.indexOf('Россия');
    const { quote } = describeSpan(sample, start, start + 'Россия направила войска'.length);
    expect(quote.exact).toBe('Россия направила войска');
    expect(quote.prefix).toBe('Москва заявила, что ');
    expect(quote.suffix).toBe(' в Иран. تهران این ادعا را رد کر');
    expect(quote.suffix).toHaveLength(32);
    const cjk = sample.indexOf('德黑兰');
    expect(describeSpan(sample, cjk, cjk + 3).quote.suffix).toBe('否认了这一说法。');
  });

  it('throws for a span validateSpan refuses', () => {
    expect(() => describeSpan(text, 5, 5)).toThrow(RangeError);
    expect(() => describeSpan(text, 0, text.length + 1)).toThrow(/outside the article text/);
    expect(() => describeSpan('a😀b', 0, 2)).toThrow(/middle of a character/);
  });
});

describe('validateSpan', () => {
  const text = 'Russia sent troops to Iran 🇮🇷 on Monday.';

  it('accepts a span whose quote matches', () => {
    expect(validateSpan(text, { start: 0, end: 6, exact: 'Russia' })).toEqual({ ok: true });
    const flag = text.indexOf('🇮🇷');
    expect(validateSpan(text, { start: flag, end: flag + 4, exact: '🇮🇷' })).toEqual({ ok: true });
  });

  it('refuses an empty or reversed span', () => {
    for (const span of [{ start: 3, end: 3, exact: '' }, { start: 6, end: 2, exact: '' }]) {
      const result = validateSpan(text, span);
      expect(result).toMatchObject({ ok: false, reason: 'empty' });
      if (!result.ok) expect(result.message).toMatch(/empty/);
    }
  });

  it('refuses offsets outside the text, negative or fractional', () => {
    for (const span of [
      { start: -1, end: 4, exact: 'Russ' },
      { start: 0, end: text.length + 1, exact: text },
      { start: 0.5, end: 4, exact: 'Russ' },
      { start: Number.NaN, end: 4, exact: 'Russ' },
    ]) {
      const result = validateSpan(text, span);
      expect(result).toMatchObject({ ok: false, reason: 'out_of_range' });
      if (!result.ok) expect(result.message).toContain(`${text.length} characters long`);
    }
  });

  it('refuses a quote that is not the text at those offsets', () => {
    const result = validateSpan(text, { start: 0, end: 6, exact: 'Russia sent' });
    expect(result).toMatchObject({ ok: false, reason: 'quote_mismatch' });
    if (!result.ok) expect(result.message).toMatch(/does not match/);
  });

  it('refuses a boundary inside a surrogate pair', () => {
    const flag = text.indexOf('🇮🇷');
    for (const [start, end] of [[flag + 1, flag + 4], [flag, flag + 3], [0, flag + 1]] as const) {
      const result = validateSpan(text, { start, end, exact: text.slice(start, end) });
      expect(result).toMatchObject({ ok: false, reason: 'splits_surrogate_pair' });
      if (!result.ok) expect(result.message).toMatch(/middle of a character/);
    }
  });
});

describe('validateSpan on whole characters', () => {
  const text = 'Le café\u0301 الرَّئيسُ प्रधानमंत्री 👍🏽 🇮🇷🇷🇺 👨‍👩‍👧 a\u200d👍 end';
  const check = (start: number, end: number, options?: { wholeCharacters?: boolean }) => validateSpan(text, { start, end, exact: text.slice(start, end) }, options);

  it('refuses a boundary before a combining mark, a skin tone or a joiner', () => {
    const accent = text.indexOf('\u0301');
    const shadda = text.indexOf('\u0651');
    const vowelSign = text.indexOf('\u093e'); // the ा of धा
    const tone = text.indexOf('🏽');
    const joiner = text.indexOf('\u200d');
    for (const [start, end] of [[0, accent], [accent, accent + 2], [shadda, shadda + 2], [0, vowelSign], [0, tone], [0, joiner]]) {
      const result = check(start!, end!);
      expect(result).toMatchObject({ ok: false, reason: 'splits_character' });
      if (!result.ok) expect(result.message).toMatch(/middle of a character/);
    }
  });

  it('refuses a boundary inside an emoji ZWJ sequence or between the two halves of a flag, counting pairs from the first', () => {
    const family = text.indexOf('👨');
    const iran = text.indexOf('🇮🇷');
    expect(check(family, family + 3)).toMatchObject({ reason: 'splits_character' });
    expect(check(iran, iran + 2)).toMatchObject({ reason: 'splits_character' });
    expect(check(iran + 2, iran + 8)).toMatchObject({ reason: 'splits_character' });
    expect(check(iran, iran + 4)).toEqual({ ok: true });
    expect(check(iran + 4, iran + 8)).toEqual({ ok: true });
  });

  it('accepts whole clusters, and boundaries the Unicode versions disagree on (a virama conjunct, a joiner after a letter)', () => {
    const word = text.indexOf('प्रधानमंत्री');
    expect(check(word, word + 'प्रधानमंत्री'.length)).toEqual({ ok: true });
    expect(check(word, word + 2)).toEqual({ ok: true }); // after प्, before र: one cluster only since Unicode 15.1
    const letterJoiner = text.indexOf('a\u200d👍');
    expect(check(letterJoiner, letterJoiner + 2)).toEqual({ ok: true }); // a + ZWJ, then 👍: no emoji before the joiner
  });

  it('lets the server check its own spans without the rule', () => {
    const accent = text.indexOf('\u0301');
    expect(check(0, accent, { wholeCharacters: false })).toEqual({ ok: true });
    expect(() => describeSpan(text, 0, accent)).not.toThrow();
  });

  it('never calls a boundary the browser segmenter keeps a split: no mark the check refuses to split from a letter is a cluster of its own', () => {
    const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
    const disagreements: string[] = [];
    for (let code = 0x300; code < 0x110000; code += 1) {
      const mark = String.fromCodePoint(code);
      if (!/[\p{M}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u.test(mark)) continue;
      const sample = `a${mark}`;
      const refused = splitsGraphemeCluster(sample, 1);
      const joined = [...segmenter.segment(sample)].length === 1;
      if (refused && !joined) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});
