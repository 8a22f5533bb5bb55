// W3C exports of annotations on Persian, Arabic, Hindi, Chinese and emoji text:
// TextPositionSelector counts code points (not UTF-16 units, not grapheme
// clusters), the quote is the exact text, and reading the export back gives the
// very UTF-16 span it came from.
import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from './code-points';
import { buildExportAnnotation } from './export-fixtures';
import { parseWebAnnotation, toWebAnnotation } from './web-annotation';
import { webAnnotationViolations } from './web-annotation-conformance';

const TEXT = [
  'دیدار وزیر خارجه ایران با Sergei Lavrov',
  'وزیر خارجه 👍🏽 در سال 2024 با Sergei Lavrov دیدار کرد.',
  'قالَ الرَّئيسُ إنَّ ١٢٣ شخصاً وصلوا 🇮🇷🇷🇺.',
  'भारत के प्रधानमंत्री 👨‍👩‍👧 ने कहा कि 2024 में चुनाव होंगे।',
  '中华人民共和国𠮷野家今天宣布了新的政策。',
].join('\n');

const codePointsBefore = (utf16: number) => [...TEXT.slice(0, utf16)].length;

describe('W3C export in any script', () => {
  it.each(['Sergei Lavrov', 'در سال 2024', 'الرَّئيسُ', '١٢٣ شخصاً', 'प्रधानमंत्री 👨‍👩‍👧 ने', '𠮷野家', '🇷🇺'])('%s: positions in code points, quote exact, round trip to UTF-16', (exact) => {
    const annotation = buildExportAnnotation(exact, {}, TEXT);
    const json = toWebAnnotation(annotation, { text: TEXT });
    const [position, quote] = json.target.selector;
    expect(position).toEqual({ type: 'TextPositionSelector', start: codePointsBefore(annotation.start), end: codePointsBefore(annotation.end) });
    if (position?.type !== 'TextPositionSelector') throw new Error('expected the position selector first');
    expect(sliceCodePoints(TEXT, position.start, position.end)).toBe(exact);
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact });
    expect(webAnnotationViolations(json, { text: TEXT })).toEqual([]);

    const parsed = parseWebAnnotation({ ...json, id: undefined, target: { ...json.target, source: 'https://news.example/a' } }, { text: TEXT });
    expect(parsed).toMatchObject({ ok: true, annotation: { start: annotation.start, end: annotation.end, exact } });
  });

  it('refuses an imported position that splits a character (a skin tone from its emoji)', () => {
    const thumb = TEXT.indexOf('👍🏽');
    const start = codePointsBefore(thumb);
    const incoming = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }],
      target: { source: 'https://news.example/a', selector: { type: 'TextPositionSelector', start, end: start + 1 } },
    };
    expect(parseWebAnnotation(incoming, { text: TEXT })).toMatchObject({ ok: false, message: expect.stringMatching(/middle of a character/) });
  });
});
