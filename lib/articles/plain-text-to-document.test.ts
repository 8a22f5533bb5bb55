import { describe, expect, it } from 'vitest';
import { plainTextToDocument } from './plain-text-to-document';

const kinds = (lines: string[]) => plainTextToDocument(lines.join('\n')).blocks.map((block) => block.kind);

describe('plainTextToDocument: a short line without a sentence end before body text is a heading', () => {
  it('in English', () => {
    expect(kinds(['Headline', 'Section', 'Body text that runs on for a while and ends with a full stop.'])).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(kinds(['A short sentence.', 'Body text that runs on for a while and ends with a full stop.'])).toEqual(['paragraph', 'paragraph']);
  });

  it.each([
    ['Japanese', '両国は2024年に12件の経済協定に署名したという。'],
    ['Chinese', '外交部发言人在记者会上说明了细节！'],
    ['Persian', 'آیا این همکاری ادامه پیدا می‌کند؟'],
    ['Urdu', 'وزیر خارجہ نے کہا کہ مذاکرات جاری رہیں گے۔'],
    ['Hindi', 'भारत के प्रधानमंत्री ने कहा कि चुनाव होंगे।'],
  ])('a short %s sentence is a paragraph, not a heading', (_language, sentence) => {
    const body = 'x'.repeat(120);
    expect(kinds([sentence, body])).toEqual(['paragraph', 'paragraph']);
  });
});
