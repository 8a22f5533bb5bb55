// Segmenting a window around an offset must give the very segment that
// segmenting the whole text gives: checked at every offset of a text that
// mixes every script and emoji kind the desk reads.
import { describe, expect, it } from 'vitest';
import { type Granularity, segmentAt, segmenterFor, windowAround } from './segment-at';

const SAMPLES = [
  'وزیر خارجه ایران در سال 2024 با Sergei Lavrov دیدار کرد.',
  'قالَ الرَّئيسُ إنَّ ١٢٣ شخصاً وصلوا.',
  'Министр заявил, что 1 500 человек эвакуированы.',
  '中华人民共和国今天宣布了新的政策。东京都は新しい計画を発表した。',
  'भारत के प्रधानमंत्री ने कहा कि 2024 में चुनाव होंगे।',
  'Vote 👍🏽 from 🇮🇷🇷🇺🇺🇦 and 👨‍👩‍👧‍👦 in 🏴󠁧󠁢󠁳󠁣󠁴󠁿 — cafe\u0301, don’t, 3.5 or 1,000.',
];

/** Whole-text segments, as a lookup from each code unit to its segment. */
function wholeTextSegments(segmenter: Intl.Segmenter, text: string): Map<number, { start: number; end: number }> {
  const byOffset = new Map<number, { start: number; end: number }>();
  for (const { index, segment } of segmenter.segment(text)) {
    for (let offset = index; offset < index + segment.length; offset += 1) byOffset.set(offset, { start: index, end: index + segment.length });
  }
  return byOffset;
}

describe('segmentAt', () => {
  const text = [SAMPLES.join(' '), SAMPLES.slice().reverse().join('\n'), SAMPLES.join('  ')].join('\n');

  for (const [granularity, locale] of [['grapheme', 'und'], ['word', 'und'], ['word', 'ja'], ['word', 'fa']] as [Granularity, string][]) {
    it(`finds the whole text's ${granularity} segment (${locale}) at every offset`, () => {
      const segmenter = segmenterFor(granularity, locale)!;
      const expected = wholeTextSegments(segmenter, text);
      for (let offset = 0; offset < text.length; offset += 1) {
        const { start, end } = segmentAt(segmenter, text, offset);
        expect({ offset, start, end }).toEqual({ offset, ...expected.get(offset)! });
      }
    });
  }

  it('looks at a window of bounded size, even in a paragraph with no space in it', () => {
    const unspaced = '中'.repeat(50_000);
    const window = windowAround(unspaced, 25_000);
    expect(window.end - window.start).toBeLessThanOrEqual(2048);
    const spaced = 'word '.repeat(10_000);
    const small = windowAround(spaced, 25_002);
    expect(small.end - small.start).toBeLessThan(80);
  });

  it('never starts or ends a window inside a surrogate pair', () => {
    const astral = '𝒜'.repeat(3000);
    for (const offset of [0, 1, 1500, 1501, 5999]) {
      const { start, end } = windowAround(astral, offset);
      expect(start % 2).toBe(0);
      expect(end % 2).toBe(0);
    }
  });

  it('falls back to the root rules for a locale tag the runtime refuses', () => {
    expect(segmenterFor('word', 'not a tag!')).not.toBeNull();
  });
});
