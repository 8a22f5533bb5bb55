// Re-anchoring annotations on Persian, Hindi, Chinese and emoji text after the
// article is revised: the annotation follows its words to their new UTF-16
// offsets, and an edited quote is found again without splitting a character.
import { describe, expect, it } from 'vitest';
import { reanchor } from './reanchor';
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
});
