import { describe, expect, it } from 'vitest';
import { indexCodePoints, sliceCodePoints } from './code-points';

describe('code-point offsets', () => {
  it('agrees with UTF-16 offsets on BMP-only text', () => {
    const index = indexCodePoints('plain café text');
    expect(index.length).toBe(15);
    expect(index.toCodePoint(6)).toBe(6);
    expect(index.toUtf16(6)).toBe(6);
    expect(index.toUtf16(15)).toBe(15);
    expect(index.toUtf16(16)).toBeNull();
  });

  it('counts each astral character once', () => {
    const text = 'a🧪b𝔘c👩‍🔬d';
    const index = indexCodePoints(text);
    expect(index.length).toBe([...text].length);
    for (let utf16 = 0, codePoint = 0; utf16 <= text.length; codePoint += 1) {
      expect(index.toCodePoint(utf16)).toBe(codePoint);
      expect(index.toUtf16(codePoint)).toBe(utf16);
      const code = text.codePointAt(utf16) ?? 0;
      utf16 += code > 0xffff ? 2 : 1;
    }
    expect(index.toUtf16(index.length + 1)).toBeNull();
  });

  it('treats an offset inside a surrogate pair as past the pair, and a lone surrogate as one code point', () => {
    const index = indexCodePoints('x🧪y');
    expect(index.toCodePoint(2)).toBe(2);
    const lone = indexCodePoints('a\uD83Eb');
    expect(lone.length).toBe(3);
    expect(lone.toCodePoint(2)).toBe(2);
  });

  it('slices by code points the way spreading the string does', () => {
    const text = 'Lab 🧪 notes: 𝔘nicode';
    const chars = [...text];
    expect(sliceCodePoints(text, 4, 11)).toBe(chars.slice(4, 11).join(''));
    expect(sliceCodePoints(text, 0, 99)).toBe('');
  });
});
