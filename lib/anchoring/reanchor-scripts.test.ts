// Re-anchoring annotations on Persian, Hindi, Chinese and emoji text after the
// article is revised: the annotation follows its words to their new UTF-16
// offsets, and an edited quote is found again without splitting a character.
import { describe, expect, it } from 'vitest';
import { reanchor } from './reanchor';
import { reanchorAll } from './reanchor-all';
import { describeSpan, validateSpan } from './selectors';

const ARTICLE = [
  'دیدار وزیر خارجه ایران با Sergei Lavrov',
  'وزیر خارجه ایران در سال 2024 با Sergei Lavrov در مسکو دیدار کرد و گفت که همکاری دو کشور ادامه پیدا می‌کند.',
  'भारत के प्रधानमंत्री 👨‍👩‍👧 ने कहा कि 2024 में चुनाव होंगे और नई नीति लागू होगी।',
  '中华人民共和国今天宣布了新的政策，外交部发言人在记者会上说明了细节。',
].join('\n');

const annotate = (text: string, quote: string) => {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return describeSpan(text, at, at + quote.length);
};

describe('reanchor in any script', () => {
  const quotes = ['در مسکو دیدار کرد', 'प्रधानमंत्री 👨‍👩‍👧 ने कहा', '外交部发言人在记者会上'];

  it.each(quotes)('follows "%s" when text is inserted before it', (quote) => {
    const selectors = annotate(ARTICLE, quote);
    const revised = `بروزرسانی: ساعت ۱۴ 🕑\n${ARTICLE}`;
    const result = reanchor(selectors, revised);
    expect(result).toMatchObject({ state: 'reanchored', start: revised.indexOf(quote), end: revised.indexOf(quote) + quote.length });
  });

  it('finds an edited Persian quote again, on whole characters', () => {
    const selectors = annotate(ARTICLE, 'همکاری دو کشور ادامه پیدا می‌کند');
    const revised = ARTICLE.replace('همکاری دو کشور ادامه پیدا می‌کند', 'همکاری دو کشور حتماً ادامه پیدا می‌کند');
    const result = reanchor(selectors, revised);
    expect(result.state).toBe('reanchored');
    if (result.state === 'orphaned') return;
    expect(revised.slice(result.start, result.end)).toContain('همکاری دو کشور');
    expect(validateSpan(revised, { start: result.start, end: result.end, exact: revised.slice(result.start, result.end) })).toEqual({ ok: true });
  });

  it('orphans a Hindi annotation whose words were deleted', () => {
    const selectors = annotate(ARTICLE, 'नई नीति लागू होगी');
    const revised = ARTICLE.replace(' और नई नीति लागू होगी', '');
    expect(reanchor(selectors, revised).state).toBe('orphaned');
  });

  describe('right to left: a sentence inserted before the annotations of a Persian article', () => {
    const sentence = 'این گزارش پس از انتشار به‌روز شده است. ';
    const paragraphStart = ARTICLE.indexOf('\n') + 1;
    const revised = ARTICLE.slice(0, paragraphStart) + sentence + ARTICLE.slice(paragraphStart);
    // The second "وزیر خارجه ایران" (the headline holds the first), a Latin name inside the
    // Persian, digits, a word joined by a zero-width non-joiner, and the Hindi and Chinese after.
    const spans = [
      { id: 'repeated', start: ARTICLE.indexOf('وزیر خارجه ایران', paragraphStart), length: 'وزیر خارجه ایران'.length },
      { id: 'latin', start: ARTICLE.indexOf('Sergei Lavrov', paragraphStart), length: 'Sergei Lavrov'.length },
      { id: 'digits', start: ARTICLE.indexOf('سال 2024'), length: 'سال 2024'.length },
      { id: 'joiner', start: ARTICLE.indexOf('می‌کند'), length: 'می‌کند'.length },
      { id: 'hindi', start: ARTICLE.indexOf('प्रधानमंत्री'), length: 'प्रधानमंत्री'.length },
      { id: 'chinese', start: ARTICLE.indexOf('外交部'), length: '外交部'.length },
    ];

    it('moves every annotation by exactly the sentence’s length, the repeated words to their own occurrence', () => {
      const report = reanchorAll(spans.map(({ id, start, length }) => ({ id, selectors: describeSpan(ARTICLE, start, start + length) })), revised);
      expect(report.kept).toEqual([]);
      expect(report.orphaned).toEqual([]);
      expect(report.moved).toEqual(spans.map(({ id, start, length }) => ({ id, start: start + sentence.length, end: start + sentence.length + length })));
      for (const { id, start, length } of spans) expect(revised.slice(start + sentence.length, start + sentence.length + length), id).toBe(ARTICLE.slice(start, start + length));
    });

    it('follows a Persian annotation when the inserted sentence carries its own words and bidi marks', () => {
      const quote = 'در مسکو دیدار کرد';
      const echo = `\u200fخبرنگار ما در مسکو دیدار کرد و نوشت. `;
      const twice = ARTICLE.slice(0, paragraphStart) + echo + ARTICLE.slice(paragraphStart);
      const selectors = annotate(ARTICLE, quote);
      const result = reanchor(selectors, twice);
      expect(result).toMatchObject({ state: 'reanchored', start: ARTICLE.indexOf(quote) + echo.length, end: ARTICLE.indexOf(quote) + echo.length + quote.length });
    });
  });
});
