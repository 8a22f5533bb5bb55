// Snapping in every script the desk reads: a selection lands on whole grapheme
// clusters always, and on the language's own words when word snapping is on.
// Offsets are asserted exactly (UTF-16 code units), not only the quoted text.
import { describe, expect, it } from 'vitest';
import { validateSpan } from './selectors';
import { snapSpan } from './snap-span';

/** The span of the `occurrence`-th `part` of `text`. */
function at(text: string, part: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length };
}

const quote = (text: string, span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);
const words = (locale: string) => ({ words: true, locale });
const exact = { words: false };

describe('Persian (right to left, with left-to-right numbers and names)', () => {
  const text = 'وزیر خارجه ایران در سال 2024 با Sergei Lavrov دیدار کرد.';
  const fa = words('fa');

  it('snaps to whole Persian words', () => {
    expect(snapSpan(text, at(text, 'ارج'), fa)).toEqual(at(text, 'خارجه'));
    expect(snapSpan(text, at(text, 'جه ایر'), fa)).toEqual(at(text, 'خارجه ایران'));
  });

  it('snaps embedded digits and Latin names to their own words', () => {
    expect(snapSpan(text, at(text, '02'), fa)).toEqual(at(text, '2024'));
    expect(snapSpan(text, at(text, 'ergei Lav'), fa)).toEqual(at(text, 'Sergei Lavrov'));
    expect(snapSpan(text, at(text, 'ال 2024 ب'), fa)).toEqual(at(text, 'سال 2024 با'));
  });

  it('crosses from Persian into a Latin name and keeps the final full stop only when selected', () => {
    expect(snapSpan(text, at(text, 'ا Serg'), fa)).toEqual(at(text, 'با Sergei'));
    expect(quote(text, snapSpan(text, at(text, 'ار کر'), fa))).toBe('دیدار کرد');
    expect(quote(text, snapSpan(text, at(text, 'ار کرد.'), fa))).toBe('دیدار کرد.');
  });
});

describe('Arabic (harakat, shadda, Arabic-Indic digits)', () => {
  const text = 'قالَ الرَّئيسُ إنَّ ١٢٣ شخصاً وصلوا.';
  const ar = words('ar');

  it('snaps to whole words, vowel marks included', () => {
    expect(snapSpan(text, at(text, 'ئي'), ar)).toEqual(at(text, 'الرَّئيسُ'));
    expect(snapSpan(text, at(text, '٢'), ar)).toEqual(at(text, '١٢٣'));
    expect(snapSpan(text, at(text, 'خص'), ar)).toEqual(at(text, 'شخصاً'));
  });

  it('without word snapping, never leaves a mark without its letter', () => {
    // رَّ is ر with a fatha and a shadda: one cluster of three code units.
    const ra = text.indexOf('ر');
    expect(snapSpan(text, { start: ra + 1, end: ra + 5 }, exact)).toEqual({ start: ra, end: ra + 5 });
    expect(snapSpan(text, { start: ra + 2, end: ra + 5 }, exact)).toEqual({ start: ra, end: ra + 5 });
    expect(snapSpan(text, { start: ra - 2, end: ra + 2 }, exact)).toEqual({ start: ra - 2, end: ra + 3 });
    // The last letter's damma stays with it.
    const damma = text.indexOf('\u064f');
    expect(snapSpan(text, { start: damma - 2, end: damma }, exact)).toEqual({ start: damma - 2, end: damma + 1 });
  });
});

describe('Russian', () => {
  const text = 'Министр заявил, что 1 500 человек эвакуированы.';
  const ru = words('ru');

  it('snaps Cyrillic words and keeps only the punctuation selected', () => {
    expect(snapSpan(text, at(text, 'аявил, ч'), ru)).toEqual(at(text, 'заявил, что'));
    expect(snapSpan(text, at(text, 'инистр за'), ru)).toEqual(at(text, 'Министр заявил'));
    expect(quote(text, snapSpan(text, at(text, 'уированы'), ru))).toBe('эвакуированы');
  });

  it('treats a number with a space in it as the segmenter does: two numbers', () => {
    expect(snapSpan(text, at(text, '50'), ru)).toEqual(at(text, '500'));
    expect(snapSpan(text, at(text, '1 5'), ru)).toEqual(at(text, '1 500'));
  });
});

describe('Chinese (no spaces between words)', () => {
  const text = '中华人民共和国今天宣布了新的政策。';
  const zh = words('zh');

  it('lands on the segmenter’s words', () => {
    expect(snapSpan(text, at(text, '华'), zh)).toEqual(at(text, '中华'));
    expect(snapSpan(text, at(text, '华人'), zh)).toEqual(at(text, '中华人民'));
    expect(snapSpan(text, at(text, '和'), zh)).toEqual(at(text, '共和国'));
    expect(snapSpan(text, at(text, '天宣'), zh)).toEqual(at(text, '今天宣布'));
  });

  it('keeps the full stop only when selected', () => {
    expect(quote(text, snapSpan(text, at(text, '策'), zh))).toBe('政策');
    expect(quote(text, snapSpan(text, at(text, '策。'), zh))).toBe('政策。');
  });

  it('without word snapping, keeps the exact characters selected', () => {
    expect(snapSpan(text, at(text, '华人'), exact)).toEqual(at(text, '华人'));
  });
});

describe('Japanese (kanji, hiragana, katakana, no spaces)', () => {
  const text = '東京都は新しい計画を発表した。ロシアのラブロフ外相が来日した。';
  const ja = words('ja');

  it('lands on the segmenter’s words', () => {
    expect(snapSpan(text, at(text, '京'), ja)).toEqual(at(text, '東京'));
    expect(snapSpan(text, at(text, 'しい計'), ja)).toEqual(at(text, '新しい計画'));
    expect(snapSpan(text, at(text, '表'), ja)).toEqual(at(text, '発表'));
    expect(snapSpan(text, at(text, 'ブロ'), ja)).toEqual(at(text, 'ラブロフ'));
  });
});

describe('Hindi (Devanagari: virama conjuncts, vowel signs, anusvara)', () => {
  const text = 'भारत के प्रधानमंत्री ने कहा कि 2024 में चुनाव होंगे।';
  const hi = words('hi');

  it('snaps to whole words', () => {
    expect(snapSpan(text, at(text, 'धान'), hi)).toEqual(at(text, 'प्रधानमंत्री'));
    expect(snapSpan(text, at(text, 'हा क'), hi)).toEqual(at(text, 'कहा कि'));
    expect(snapSpan(text, at(text, 'ुना'), hi)).toEqual(at(text, 'चुनाव'));
  });

  it('without word snapping, never splits a conjunct or leaves a vowel sign behind', () => {
    const word = text.indexOf('प्रधानमंत्री');
    // प ् र is one cluster (प्र): a start after प or after the virama goes back to प.
    expect(snapSpan(text, { start: word + 1, end: word + 5 }, exact)).toEqual({ start: word, end: word + 5 });
    expect(snapSpan(text, { start: word + 2, end: word + 5 }, exact)).toEqual({ start: word, end: word + 5 });
    // धा: an end between ध and its vowel sign takes the vowel sign.
    expect(snapSpan(text, { start: word, end: word + 4 }, exact)).toEqual({ start: word, end: word + 5 });
    // मं: the anusvara stays with its letter.
    expect(quote(text, snapSpan(text, { start: word + 3, end: word + 7 }, exact))).toBe('धानमं');
  });
});

describe('emoji (skin tones, flags, ZWJ sequences, tag sequences)', () => {
  const text = 'Vote 👍🏽 from 🇮🇷🇷🇺 and 👨‍👩‍👧‍👦 in 🏴󠁧󠁢󠁳󠁣󠁴󠁿 today';
  const thumb = at(text, '👍🏽');
  const iran = at(text, '🇮🇷');
  const russia = at(text, '🇷🇺');
  const family = at(text, '👨‍👩‍👧‍👦');
  const scotland = at(text, '🏴󠁧󠁢󠁳󠁣󠁴󠁿');

  it('keeps a skin tone with its emoji', () => {
    expect(snapSpan(text, { start: thumb.start, end: thumb.start + 2 }, exact)).toEqual(thumb);
    expect(snapSpan(text, { start: thumb.start + 2, end: thumb.end }, exact)).toEqual(thumb);
    expect(snapSpan(text, { start: thumb.start + 1, end: thumb.start + 3 }, words('en'))).toEqual(thumb);
  });

  it('pairs regional indicators into flags, counting from the first', () => {
    expect(snapSpan(text, { start: iran.start + 2, end: iran.end }, exact)).toEqual(iran);
    expect(snapSpan(text, russia, exact)).toEqual(russia);
    // From the second half of Iran to the first half of Russia: both flags.
    expect(snapSpan(text, { start: iran.start + 2, end: russia.start + 2 }, exact)).toEqual({ start: iran.start, end: russia.end });
  });

  it('takes a whole ZWJ family and a whole tag-sequence flag', () => {
    expect(snapSpan(text, { start: family.start + 3, end: family.start + 5 }, exact)).toEqual(family);
    expect(snapSpan(text, { start: family.start, end: family.start + 2 }, exact)).toEqual(family);
    expect(snapSpan(text, { start: scotland.start, end: scotland.start + 4 }, exact)).toEqual(scotland);
    expect(snapSpan(text, { start: scotland.start + 5, end: scotland.end + 3 }, words('en'))).toEqual({ start: scotland.start, end: at(text, 'today').end });
  });
});

describe('long paragraphs', () => {
  const sentence = '中华人民共和国今天宣布了新的政策，';
  /** The characters handed to Intl.Segmenter while `run` runs: the work snapping does, counted rather than timed. */
  const segmented = (run: () => void) => {
    const segment = Intl.Segmenter.prototype.segment;
    let characters = 0;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
      characters += input.length;
      return segment.call(this, input);
    };
    try {
      run();
    } finally {
      Intl.Segmenter.prototype.segment = segment;
    }
    return characters;
  };

  it('snaps deep inside a 20,000-character paragraph of Chinese as in a short text, segmenting only around the edges', () => {
    const long = sentence.repeat(1200);
    const offset = sentence.length * 700 + 1; // on 华 of the 701st sentence
    expect(snapSpan(long, { start: offset, end: offset + 2 }, words('zh'))).toEqual({ start: offset - 1, end: offset + 3 });
    // Bounded work: the same few hundred characters around the edges, however long the paragraph.
    const inLong = segmented(() => snapSpan(long, { start: offset, end: offset + 2 }, words('zh')));
    const inTwiceAsLong = segmented(() => snapSpan(long + long, { start: offset, end: offset + 2 }, words('zh')));
    expect(inLong).toBeGreaterThan(0);
    expect(inTwiceAsLong).toBe(inLong);
    expect(inLong).toBeLessThan(long.length / 2);
  });

  it('stays bounded in a run of unspaced, unpunctuated text, and still lands on whole words around the selection', () => {
    const long = sentence.replace('，', '').repeat(1500);
    const offset = 16 * 900 + 1;
    const span = snapSpan(long, { start: offset, end: offset + 2 }, words('zh'))!;
    // The window is cut inside the run, so the words are the window's; they still hold the selection.
    expect(span.start).toBeLessThanOrEqual(offset);
    expect(span.end).toBeGreaterThanOrEqual(offset + 2);
    expect(span.end - span.start).toBeLessThanOrEqual(8);
    const inLong = segmented(() => snapSpan(long, { start: offset, end: offset + 2 }, words('zh')));
    expect(segmented(() => snapSpan(long + long, { start: offset, end: offset + 2 }, words('zh')))).toBe(inLong);
    expect(inLong).toBeLessThan(long.length / 2);
  });
});

describe('what the server accepts', () => {
  it('accepts every span the client snaps, in every script, with and without word snapping', () => {
    const text = [
      'وزیر خارجه ایران در سال 2024 با Sergei Lavrov دیدار کرد.',
      'قالَ الرَّئيسُ إنَّ ١٢٣ شخصاً وصلوا.',
      '東京都は新しい計画を発表した。中华人民共和国',
      'भारत के प्रधानमंत्री ने कहा',
      'Vote 👍🏽 from 🇮🇷🇷🇺 and 👨‍👩‍👧‍👦 in 🏴󠁧󠁢󠁳󠁣󠁴󠁿 today',
    ].join('\n');
    for (let start = 0; start < text.length; start += 1) {
      for (const length of [1, 2, 3, 7]) {
        for (const options of [exact, words('und')]) {
          const span = snapSpan(text, { start, end: Math.min(text.length, start + length) }, options);
          if (!span) continue;
          expect({ start, length, ...validateSpan(text, { ...span, exact: text.slice(span.start, span.end) }) }).toEqual({ start, length, ok: true });
        }
      }
    }
  });
});
