// parseInput refuses text PostgreSQL cannot store (NUL, half surrogate pairs)
// anywhere in the input, with the field's name, before the schema runs; the
// walk survives inputs nested far deeper than the call stack would.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors';
import { assertStorableText, findUnstorableText, parseInput, removeUnstorableText } from './parse-input';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('findUnstorableText', () => {
  it.each([
    ['NUL', 'a\u0000b', 0x0000],
    ['lone high surrogate', 'a\ud800b', 0xd800],
    ['lone low surrogate', '\udfff', 0xdfff],
    ['reversed pair', '\udc00\ud800', 0xdc00],
    ['high surrogate at the end', 'text \udbff', 0xdbff],
  ])('finds a %s', (_name, text, codeUnit) => {
    expect(findUnstorableText({ title: text })).toEqual({ path: ['title'], inKey: false, codeUnit });
  });

  it.each([
    ['astral characters (whole pairs)', 'family \u{1F468}\u200D\u{1F469} 💩'],
    ['other controls, which PostgreSQL stores', 'bell\u0007 esc\u001b del\u007f'],
    ['bidi and zero-width characters', '\u202Eabc\u200B\uFEFF'],
    ['the escape sequence as text', '\\u0000'],
  ])('accepts %s', (_name, text) => {
    expect(findUnstorableText({ title: text, list: [text] })).toBeNull();
  });

  it('gives the path through objects and arrays, and flags property names', () => {
    expect(findUnstorableText({ evidence: [{ url: 'https://x.org' }, { url: 'https://y.org', title: 'a\u0000' }] })).toEqual({ path: ['evidence', '1', 'title'], inKey: false, codeUnit: 0 });
    expect(findUnstorableText({ evidence: [{ ['ti\u0000tle']: 'x' }] })).toEqual({ path: ['evidence', '0'], inKey: true, codeUnit: 0 });
    expect(findUnstorableText('\ud800')).toEqual({ path: [], inKey: false, codeUnit: 0xd800 });
    expect(findUnstorableText([1, true, null, { a: 2 }])).toBeNull();
  });

  it('walks 100,000 levels of nesting without overflowing the stack, in linear time', () => {
    const depth = 100_000;
    const started = performance.now();
    const arrays = JSON.parse(`${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`) as unknown;
    expect(findUnstorableText(arrays)?.path).toHaveLength(depth);
    const objects = JSON.parse(`${'{"a":'.repeat(depth)}"fine"${'}'.repeat(depth)}`) as unknown;
    expect(findUnstorableText(objects)).toBeNull();
    // Copying the path at every level would make this minutes, not milliseconds: a request could stall the server.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('finds the first problem in document order', () => {
    expect(findUnstorableText({ a: 'fine', b: ['x', 'y\u0000'], c: '\ud800' })?.path).toEqual(['b', '1']);
  });
});

describe('assertStorableText', () => {
  it('names the field and the character, and never echoes the character', () => {
    const nul = refusal(() => assertStorableText({ byline: 'Jane\u0000Doe' }));
    expect(nul.code).toBe('bad_request');
    expect(nul.message).toBe('byline: contains a NUL character (U+0000), which cannot be stored. Remove it and send again.');
    const surrogate = refusal(() => assertStorableText({ options: [{ name: 'x\udc00' }] }));
    expect(surrogate.message).toBe('options.0.name: contains an unpaired surrogate (U+DC00), half of a character that is not valid Unicode text. Remove it and send again.');
    const key = refusal(() => assertStorableText({ ['x\u0000']: 1 }));
    expect(key.message).toBe('A field name contains a NUL character (U+0000), which cannot be stored. Remove it and send again.');
    const top = refusal(() => assertStorableText('\u0000'));
    expect(top.message).toMatch(/^The request contains a NUL character/);
    for (const error of [nul, surrogate, key, top]) expect(error.message).not.toMatch(/[\u0000\ud800-\udfff]/);
  });

  it('starts paths at the given base (query parameters)', () => {
    expect(refusal(() => assertStorableText('a\u0000', ['q'])).message).toMatch(/^q: contains a NUL character/);
  });

  it('shortens long property names in the message without splitting a character', () => {
    const name = `${'💩'.repeat(50)}`;
    const error = refusal(() => assertStorableText({ [name]: '\u0000' }));
    expect(error.message.startsWith(`${'💩'.repeat(40)}…: contains`)).toBe(true);
    expect(error.message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('parseInput', () => {
  const schema = z.object({ title: z.string().max(10), tags: z.array(z.string()).optional() }).strict();

  it('refuses unstorable text before the schema, even where the schema would refuse for another reason', () => {
    expect(refusal(() => parseInput(schema, { title: 'x'.repeat(20), tags: ['a\u0000'] })).message).toMatch(/^tags\.0: contains a NUL character/);
    expect(refusal(() => parseInput(schema, { title: 'ok', ['__proto__\u0000']: 1 })).message).toMatch(/field name contains a NUL/);
  });

  it('still parses and reports schema problems', () => {
    expect(parseInput(schema, { title: '<script>' })).toEqual({ title: '<script>' });
    expect(refusal(() => parseInput(schema, { title: 'x'.repeat(20) })).message).toMatch(/^title: /);
  });
});

describe('removeUnstorableText', () => {
  it('drops NUL and unpaired surrogates and keeps whole pairs', () => {
    expect(removeUnstorableText('a\u0000b\ud800c\udc00d 💩')).toBe('abcd 💩');
  });
});
