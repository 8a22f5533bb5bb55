// A selection becomes a span without stray whitespace, on whole words (in any
// script) unless snapping is off, and never on half a character.
import { describe, expect, it } from 'vitest';
import { snapSpan, snapToWordsByCharacterClass, trimSpan } from './snap-span';

/** The span of the `occurrence`-th `part` of `text`. */
function at(text: string, part: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length };
}

const words = { words: true };
const exact = { words: false };
const quote = (text: string, span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);

describe('trimSpan', () => {
  const text = 'Moscow and\u00a0 Tehran \n\tagree.\n';

  it('drops spaces, no-break spaces, tabs and newlines at both ends', () => {
    expect(quote(text, trimSpan(text, at(text, ' and\u00a0 ')))).toBe('and');
    expect(quote(text, trimSpan(text, at(text, ' Tehran \n\tagree.\n')))).toBe('Tehran \n\tagree.');
  });

  it('keeps whitespace inside the span', () => {
    expect(quote(text, trimSpan(text, at(text, 'Moscow and')))).toBe('Moscow and');
  });

  it('gives null for a selection of only whitespace, or of nothing', () => {
    expect(trimSpan(text, at(text, ' \n\t'))).toBeNull();
    expect(trimSpan('a\u200b b', { start: 1, end: 3 })).toBeNull();
    expect(trimSpan(text, { start: 4, end: 4 })).toBeNull();
  });
});

describe('snapSpan with word snapping', () => {
  const text = 'The geopolitical landscape, as analysts say, is “complex”.\nTehran agreed.';

  it('drops leading and trailing spaces and newlines', () => {
    expect(quote(text, snapSpan(text, at(text, ' landscape, '), words))).toBe('landscape,');
    expect(quote(text, snapSpan(text, at(text, 'is “complex”.\n'), words))).toBe('is “complex”.');
    expect(quote(text, snapSpan(text, at(text, '\nTehran'), words))).toBe('Tehran');
  });

  it('extends a selection that starts or ends mid-word to the whole word', () => {
    expect(quote(text, snapSpan(text, at(text, 'eopolitical land'), words))).toBe('geopolitical landscape');
    expect(quote(text, snapSpan(text, at(text, 'e geo'), words))).toBe('The geopolitical');
    expect(quote(text, snapSpan(text, at(text, 'x'), words))).toBe('complex');
  });

  it('keeps punctuation the reader selected and never adds punctuation they did not', () => {
    expect(quote(text, snapSpan(text, at(text, 'landscape,'), words))).toBe('landscape,');
    expect(quote(text, snapSpan(text, at(text, 'analysts sa'), words))).toBe('analysts say');
    expect(quote(text, snapSpan(text, at(text, 'omplex'), words))).toBe('complex');
    expect(quote(text, snapSpan(text, at(text, '“complex”'), words))).toBe('“complex”');
  });

  it('treats apostrophes, decimal points and thousands separators as part of the word', () => {
    const numbers = "They don't say 3.5 or 1,000.";
    expect(quote(numbers, snapSpan(numbers, at(numbers, "on't"), words))).toBe("don't");
    expect(quote(numbers, snapSpan(numbers, at(numbers, '.5'), words))).toBe('3.5');
    expect(quote(numbers, snapSpan(numbers, at(numbers, ',00'), words))).toBe('1,000');
  });

  it('gives null for a selection of only whitespace', () => {
    expect(snapSpan(text, at(text, ' '), words)).toBeNull();
    expect(snapSpan(text, at(text, '.\n'), words)).not.toBeNull();
    expect(snapSpan('a \n\t b', { start: 1, end: 5 }, words)).toBeNull();
  });

  it('leaves a selection already on word boundaries as it is', () => {
    expect(snapSpan(text, at(text, 'geopolitical landscape'), words)).toEqual(at(text, 'geopolitical landscape'));
  });

  it('snaps non-Latin words: Cyrillic, Greek, Arabic, and CJK by its own word boundaries', () => {
    const russian = 'Москва и Тегеран сближаются.';
    expect(quote(russian, snapSpan(russian, at(russian, 'оскв'), words))).toBe('Москва');
    expect(quote(russian, snapSpan(russian, at(russian, 'ран сбл'), words))).toBe('Тегеран сближаются');
    const greek = 'Η Μόσχα και η Τεχεράνη';
    expect(quote(greek, snapSpan(greek, at(greek, 'όσχ'), words))).toBe('Μόσχα');
    const arabic = 'موسكو وطهران';
    expect(quote(arabic, snapSpan(arabic, at(arabic, 'سك'), words))).toBe('موسكو');
    const chinese = '我喜欢北京天安门';
    // Intl.Segmenter splits Chinese by dictionary: 我 / 喜欢 / 北京 / 天安门.
    expect(quote(chinese, snapSpan(chinese, at(chinese, '京'), words))).toBe('北京');
    expect(quote(chinese, snapSpan(chinese, at(chinese, '欢北'), words))).toBe('喜欢北京');
  });

  it('takes a letter with its combining marks, and a whole emoji sequence', () => {
    const accents = 'cafe\u0301 noir';
    expect(quote(accents, snapSpan(accents, { start: 0, end: 4 }, words))).toBe('cafe\u0301');
    const family = 'a 👩‍👩‍👧 family';
    // Starts between the first emoji's two halves, ends inside the ZWJ sequence.
    expect(quote(family, snapSpan(family, { start: 3, end: 6 }, words))).toBe('👩‍👩‍👧');
  });

  it('segments the right line of a long text', () => {
    const long = `${'First paragraph.\n'.repeat(200)}Last words here.`;
    expect(quote(long, snapSpan(long, at(long, 'ords he'), words))).toBe('words here');
    expect(quote(long, snapSpan(long, at(long, 'aragraph.\nFir', 150), words))).toBe('paragraph.\nFirst');
  });

  it('clamps offsets outside the text instead of reading past it', () => {
    expect(quote('word', snapSpan('word', { start: -3, end: 99 }, words))).toBe('word');
  });
});

describe('snapSpan without word snapping', () => {
  const text = 'The geopolitical landscape is complex 🚀 now.';

  it('keeps the exact selection, whitespace at the ends aside', () => {
    expect(quote(text, snapSpan(text, at(text, 'eopolitical land'), exact))).toBe('eopolitical land');
    expect(quote(text, snapSpan(text, at(text, ' geopolitical landsc'), exact))).toBe('geopolitical landsc');
    expect(snapSpan(text, at(text, ' '), exact)).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    const rocket = text.indexOf('🚀');
    expect(quote(text, snapSpan(text, { start: rocket + 1, end: rocket + 6 }, exact))).toBe('🚀 now');
    expect(quote(text, snapSpan(text, { start: rocket - 8, end: rocket + 1 }, exact))).toBe('complex 🚀');
  });
});

describe('snapToWordsByCharacterClass (no Intl.Segmenter)', () => {
  it('extends over letters, digits and combining marks of any script, and over whole astral letters', () => {
    const text = 'Москва и cafe\u0301 𝒜𝒷𝒸 42x.';
    const snap = (part: string) => quote(text, snapToWordsByCharacterClass(text, at(text, part)));
    expect(snap('оскв')).toBe('Москва');
    expect(snap('caf')).toBe('cafe\u0301');
    expect(snap('𝒷')).toBe('𝒜𝒷𝒸');
    expect(snap('2')).toBe('42x');
    expect(snap('x.')).toBe('42x.');
  });
});
