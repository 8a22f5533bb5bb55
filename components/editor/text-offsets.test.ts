import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Editor, getSchema } from '@tiptap/core';
import { DOMParser as ProseMirrorDOMParser, type Node } from '@tiptap/pm/model';
import { DOMParser as LinkedomDOMParser } from 'linkedom';
import { type ArticleSource, prepareArticle } from '@/lib/articles/prepare-article';
import { articleExtensions } from './article-extensions';
import { type OffsetIndex, buildOffsetIndex, offsetIndexFor, offsetToPos, posToOffset, rangeToSpan, spanToRange } from './text-offsets';

// ---------------------------------------------------------------------------
// Documents are built exactly as the viewer builds them: a real tiptap Editor
// (headless: element null) with `articleExtensions`, given the stored HTML as
// `content`, so tiptap's own elementFromString (the <body> wrapper and its
// whitespace-node removal) and DOMParser.fromSchema(...).parse run unchanged.
// The only stand-in is the browser's DOMParser: linkedom's. Unlike a browser,
// linkedom does not infer <html><head> around tiptap's "<body>…</body>"
// (it returns an empty body), so the shim supplies exactly those two tags.
// ---------------------------------------------------------------------------

class BrowserLikeDOMParser {
  parseFromString(markup: string, type: string) {
    return new LinkedomDOMParser().parseFromString(`<!doctype html><html><head></head>${markup}</html>`, type as 'text/html');
  }
}

beforeAll(() => {
  vi.stubGlobal('window', { DOMParser: BrowserLikeDOMParser });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

function editorDoc(html: string): Node {
  const editor = new Editor({ element: null, extensions: articleExtensions, content: html });
  const doc = editor.state.doc;
  editor.destroy();
  return doc;
}

const schema = getSchema(articleExtensions);

/** The plain ProseMirror route, for the cross-check and for HTML tiptap would never get from us (<br>). */
function parserDoc(html: string): Node {
  const body = new LinkedomDOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html').body;
  return ProseMirrorDOMParser.fromSchema(schema).parse(body as unknown as globalThis.Node);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const seedDir = path.join(here, '../../prisma/seed-data/articles');
const seedFiles = (JSON.parse(readFileSync(path.join(seedDir, 'index.json'), 'utf8')) as { file: string }[]).map((entry) => entry.file);

// ---------------------------------------------------------------------------
// Corpus
// ---------------------------------------------------------------------------

const RICH_HTML = [
  '<h2>Section <em>one</em></h2>',
  '<p>Plain <strong>bold <em>both</em></strong><em> italic</em> and <a href="https://example.org/a?b=1&amp;c=2"><strong>a bold link</strong></a>.</p>',
  '<h3>Скрипты и эмодзи 👋🏽</h3>',
  '<p>Привет, мир! مرحبا بالعالم — السَّلَامُ عَلَيْكُمْ. 中文字符，日本語のテキスト。한국어.</p>',
  '<ul><li>flag 🇺🇦 family 👩‍👩‍👧 e\u0301 (combining)</li><li><b>bold item</b> with <i>italic</i></li></ul>',
  '<ol><li>first</li><li>second <a href="mailto:desk@example.org">mail</a></li></ol>',
  '<blockquote><p>Quoted 𝒳 text</p><p>second quoted paragraph</p></blockquote>',
  '<p>a\u00a0b&nbsp;&nbsp;c\u00a0</p>',
  '<p>Last.</p>',
].join('');

const NAMED_SOURCES: [string, ArticleSource][] = [
  ...seedFiles.map((file): [string, ArticleSource] => [`seed ${file}`, { text: readFileSync(path.join(seedDir, file), 'utf8') }]),
  ['rich html', { title: 'Headline with émoji 🎉 and עברית', html: RICH_HTML }],
  ['headline only', { title: 'Only a headline' }],
  // prepareArticle cuts titles at 500 code units, which can split a surrogate pair (a lib/articles issue).
  ['title cut inside an emoji', { title: `${'a'.repeat(499)}👋`, html: '<p>x</p>' }],
  ['empty', { title: '', html: '' }],
  ['no title: first block is the headline', { html: '<h1>Title from <b>HTML</b></h1><p>Body</p>' }],
  ['nested marks', { title: 'T', html: '<p><b>a<i>b<a href="https://x.org">c<b>d</b></a></i>e</b>f</p>' }],
  ['mark-only whitespace', { title: 'T', html: '<p>a<b> </b>c</p><p>x <b> </b> y</p><p><b>a </b> c</p><p>a<i> </i></p><p><em> </em>lead</p>' }],
  ['whitespace runs', { title: '  Spaced\t\ttitle\n ', html: '<p>  lots \n\t of   space\r\n here  </p><div>\n  <p>\tindented</p>\n</div>\f<p>form\ffeed</p>' }],
  ['entities', { title: 'T', html: '<p>&amp; &lt;tag&gt; &quot;q&quot; &#39;s&#39; &copy; &#x1F600; &eacute; &#128; &AMP;</p>' }],
  ['no-break spaces', { title: '\u00a0Title\u00a0with\u00a0nbsp', html: '<p>&nbsp;</p><p>\u00a0lead</p><p>trail&nbsp;</p><p>a<b>&nbsp;</b>b</p><p>&nbsp; &nbsp;x</p><ul><li>&nbsp;</li></ul>' }],
  ['unicode spaces and invisibles', { title: 'T', html: '<p>ideographic\u3000space thin\u2009space zwsp\u200bhere soft\u00adhyphen rlm\u200fmark ls\u2028ps\u2029nel\u0085bom\ufeffend</p>' }],
  ['controls and lone surrogates', { title: 'T', html: '<p>bell\u0007 nul\u0000 lone\ud800 low\udc00 vt\u000b ok</p>' }],
  ['breaks and nested blocks', { title: 'T', html: '<div>first<br>second<div> inner </div><p>   </p></div><table><tr><td>cell</td><td>two</td></tr></table><pre>  pre\n  formatted</pre><hr><p>after</p>' }],
  ['nested lists', { title: 'T', html: '<ul><li>outer<ul><li>inner <b>bold</b></li></ul>tail</li></ul><ol><li><p>para in li</p></li></ol>' }],
  ['links', { title: 'T', html: '<p><a href="javascript:alert(1)">bad</a> <a href="/relative">rel</a> <a href="https://ok.example/?x=&lt;y&gt;">ok</a> <a>none</a></p>' }],
  ['plain text with bullets', { text: 'Head\r\nIntro sentence.\r\n\r\nContents\n- One\n* Two\n•  Three\nSection Title\nBody of\tthe   section.\n' }],
  ['markup as plain text', { title: 'T', text: '<script>alert(1)</script>\n&amp; stays &amp;' }],
];

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function prepared(source: ArticleSource) {
  const article = prepareArticle(source);
  const doc = editorDoc(article.html);
  return { article, doc, index: buildOffsetIndex(doc) };
}

/** Offsets that hold the "\n" between two textblocks. */
function separatorOffsets(index: OffsetIndex): Set<number> {
  return new Set(index.blocks.slice(0, -1).map((block) => block.offset + block.length));
}

function isTextPosition(doc: Node, pos: number): boolean {
  return doc.resolve(pos).parent.isTextblock;
}

// The checks below run hundreds of thousands of times, so they collect
// mismatches as strings (asserted once, readable on failure) instead of
// calling expect() per value.

/** Exhaustive offset and position round trips; returns the mismatches. */
function roundTripFailures(doc: Node, index: OffsetIndex): string[] {
  const failures: string[] = [];
  const fail = (message: string) => failures.length < 20 && failures.push(message);
  const { text } = index;
  const separators = separatorOffsets(index);
  for (let offset = 0; offset <= text.length; offset++) {
    const pos = offsetToPos(index, offset, 'end');
    if (!isTextPosition(doc, pos)) fail(`offset ${offset} -> ${pos} is not a text position`);
    if (posToOffset(index, pos) !== offset) fail(`offset ${offset} -> ${pos} -> ${posToOffset(index, pos)}`);
    if (offsetToPos(index, offset) !== pos) fail(`offset ${offset}: default bias is not 'end'`);
    const startPos = offsetToPos(index, offset, 'start');
    if (separators.has(offset)) {
      // The separator with a start bias is the next block's start, i.e. offset + 1.
      if (!(startPos > pos) || posToOffset(index, startPos) !== offset + 1) fail(`separator ${offset} -start-> ${startPos}`);
    } else if (startPos !== pos) {
      fail(`offset ${offset}: start bias ${startPos} != end bias ${pos}`);
    }
    if (offset < text.length) {
      // The code unit at `offset` is exactly what the doc holds between the two positions.
      const between = doc.textBetween(pos, offsetToPos(index, offset + 1), '\n', '\n');
      if (between !== text[offset]) fail(`offset ${offset}: doc has ${JSON.stringify(between)}, text ${JSON.stringify(text[offset])}`);
    }
  }
  const blockStarts = new Set(index.blocks.map((block) => block.offset));
  const blockEnds = new Set(index.blocks.map((block) => block.offset + block.length));
  for (let pos = 0; pos <= doc.content.size; pos++) {
    const start = posToOffset(index, pos, 'start');
    const end = posToOffset(index, pos, 'end');
    if (isTextPosition(doc, pos)) {
      if (start !== end) fail(`text position ${pos}: bias changed the offset`);
      if (offsetToPos(index, start, 'end') !== pos) fail(`pos ${pos} -> ${start} -> ${offsetToPos(index, start, 'end')}`);
    } else {
      // Between blocks: 'start' snaps to a block start, 'end' to a block end.
      if (!(start === text.length || blockStarts.has(start))) fail(`gap ${pos} -start-> ${start}`);
      if (!(end === 0 || blockEnds.has(end))) fail(`gap ${pos} -end-> ${end}`);
      if (end > start) fail(`gap ${pos}: end ${end} > start ${start}`);
    }
  }
  return failures;
}

/** rangeToSpan(from, to) must select exactly doc.textBetween(from, to, "\n"). */
function rangeFailure(doc: Node, index: OffsetIndex, from: number, to: number): string | null {
  const span = rangeToSpan(index, from, to);
  const fromText = index.text.slice(span.start, span.end);
  const fromDoc = doc.textBetween(from, to, '\n', '\n');
  return fromText === fromDoc ? null : `range ${from}..${to}: text ${JSON.stringify(fromText)}, doc ${JSON.stringify(fromDoc)}`;
}

/** spanToRange(start, end) must cover exactly the span's visible text and map back to it. */
function spanFailure(doc: Node, index: OffsetIndex, start: number, end: number, separators: Set<number>): string | null {
  const range = spanToRange(index, start, end);
  if (range.from > range.to) return `span ${start}..${end}: reversed range ${range.from}..${range.to}`;
  // A span that starts on a separator starts at the next block's text.
  const visibleStart = start < end && separators.has(start) ? start + 1 : start;
  const fromDoc = doc.textBetween(range.from, range.to, '\n', '\n');
  const expected = index.text.slice(visibleStart, end);
  if (fromDoc !== expected) return `span ${start}..${end}: doc ${JSON.stringify(fromDoc)}, text ${JSON.stringify(expected)}`;
  const back = rangeToSpan(index, range.from, range.to);
  if (back.start !== visibleStart || back.end !== end) return `span ${start}..${end} -> ${range.from}..${range.to} -> ${back.start}..${back.end}`;
  return null;
}

function allRangeFailures(doc: Node, index: OffsetIndex): string[] {
  const failures: string[] = [];
  for (let from = 0; from <= doc.content.size; from++) {
    for (let to = from; to <= doc.content.size; to++) {
      const failure = rangeFailure(doc, index, from, to);
      if (failure && failures.push(failure) >= 20) return failures;
    }
  }
  return failures;
}

function allSpanFailures(doc: Node, index: OffsetIndex): string[] {
  const failures: string[] = [];
  const separators = separatorOffsets(index);
  for (let start = 0; start <= index.text.length; start++) {
    for (let end = start; end <= index.text.length; end++) {
      const failure = spanFailure(doc, index, start, end, separators);
      if (failure && failures.push(failure) >= 20) return failures;
    }
  }
  return failures;
}

/** Deterministic PRNG (mulberry32) so every run tests the same inputs. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('the documents under test are what tiptap builds', () => {
  it.each(NAMED_SOURCES)('%s: tiptap Editor and plain ProseMirror parse agree', (_name, source) => {
    const { html } = prepareArticle(source);
    expect(editorDoc(html).toJSON()).toEqual(parserDoc(html).toJSON());
  });

  it('keeps marks and structure from stored HTML', () => {
    const { doc } = prepared({ title: 'T', html: RICH_HTML });
    const types = new Set<string>();
    const marks = new Set<string>();
    doc.descendants((node) => {
      types.add(node.type.name);
      node.marks.forEach((mark) => marks.add(mark.type.name));
    });
    expect([...types].sort()).toEqual(['blockquote', 'bulletList', 'heading', 'listItem', 'orderedList', 'paragraph', 'text']);
    expect([...marks].sort()).toEqual(['bold', 'italic', 'link']);
  });
});

describe('index.text equals the stored canonical text', () => {
  it.each(NAMED_SOURCES)('%s', (_name, source) => {
    const { article, index } = prepared(source);
    expect(index.text).toBe(article.text);
  });

  it('for 400 random HTML and plain-text imports', { timeout: 60_000 }, () => {
    const rng = random(20240611);
    const words = ['word', 'Привет', 'مرحبا', 'שלום', '中文', 'テスト', 'ñandú', 'e\u0301', '👋', '👩‍👩‍👧', '🇺🇦', '𝒳', 'x'];
    const spaces = [' ', '  ', '\t', '\n', '\r\n', '\f', '\u00a0', '&nbsp;', '\u3000', '\u200b', '\u2028', ' \u00a0 '];
    const entities = ['&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&copy;', '&#x1F600;', '&#128;', '\u0000', '\u0007', '\ud800', '<'];
    const inline = ['b', 'strong', 'i', 'em', 'span', 'sub', 'code', 'mark', 'a href="https://e.org/?a=1&amp;b=2"', 'a href="javascript:x()"', 'a'];
    const blocks = ['p', 'h1', 'h2', 'h3', 'h4', 'h6', 'div', 'blockquote', 'pre', 'li', 'td', 'section'];
    const inlineHtml = (depth: number): string => {
      let out = '';
      const parts = 1 + rng.int(6);
      for (let i = 0; i < parts; i++) {
        const roll = rng.next();
        if (roll < 0.35) out += rng.pick(words);
        else if (roll < 0.6) out += rng.pick(spaces);
        else if (roll < 0.7) out += rng.pick(entities);
        else if (roll < 0.75) out += '<br>';
        else if (depth < 3) {
          const tag = rng.pick(inline);
          out += `<${tag}>${inlineHtml(depth + 1)}</${tag.split(' ')[0]}>`;
        }
      }
      return out;
    };
    const blockHtml = (depth: number): string => {
      const roll = rng.next();
      if (roll < 0.12 && depth < 2) {
        const list = rng.pick(['ul', 'ol']);
        const items = Array.from({ length: 1 + rng.int(3) }, () => `<li>${rng.next() < 0.3 ? blockHtml(depth + 1) : inlineHtml(0)}</li>`);
        return `<${list}>${items.join(rng.pick(['', ' ', '\n']))}</${list}>`;
      }
      if (roll < 0.2 && depth < 2) return `<div>${inlineHtml(0)}${blockHtml(depth + 1)}${inlineHtml(0)}</div>`;
      if (roll < 0.25) return rng.pick(['<hr>', '<script>x()</script>', '<table><tr><td>c</td></tr></table>', rng.pick(spaces)]);
      const tag = rng.pick(blocks);
      return `<${tag}>${inlineHtml(0)}</${tag}>`;
    };
    const plainLine = () => `${rng.pick(['', '- ', '* ', '• ', '  '])}${inlineHtml(3).replace(/<[^>]*>/g, '')}${rng.pick(['', '.', ':', '  '])}`;

    const mismatches: string[] = [];
    for (let i = 0; i < 400; i++) {
      const title = rng.pick([undefined, '', 'Title', `${rng.pick(words)}${rng.pick(spaces)}${rng.pick(words)}`]);
      const source: ArticleSource =
        i % 4 === 3
          ? { title, text: Array.from({ length: 1 + rng.int(6) }, plainLine).join(rng.pick(['\n', '\r\n', '\n\n'])) }
          : { title, html: Array.from({ length: 1 + rng.int(6) }, () => blockHtml(0)).join(rng.pick(['', '\n', ' '])) };
      const { article, doc, index } = prepared(source);
      if (index.text !== article.text) mismatches.push(`text differs for ${JSON.stringify(source)}: ${JSON.stringify(index.text)} vs ${JSON.stringify(article.text)}`);
      if (JSON.stringify(doc.toJSON()) !== JSON.stringify(parserDoc(article.html).toJSON())) mismatches.push(`tiptap and ProseMirror parse differ for ${JSON.stringify(article.html)}`);
      if (i % 5 === 0) mismatches.push(...roundTripFailures(doc, index));
    }
    expect(mismatches).toEqual([]);
  });

  it('no-break spaces survive parsing, everywhere in a block', () => {
    const { article, index } = prepared({ title: 'T', html: '<p>&nbsp;</p><p>&nbsp;lead</p><p>trail&nbsp;</p><p>a<b>&nbsp;</b>b &nbsp; c</p>' });
    expect(index.text).toBe('T\n\u00a0\n\u00a0lead\ntrail\u00a0\na\u00a0b \u00a0 c');
    expect(index.text).toBe(article.text);
  });
});

describe('offset <-> position conversion', () => {
  const tiny = () => prepared({ title: 'Ab', html: '<p>Cd</p>' }); // "Ab\nCd"; <h1>Ab</h1> = 0..4, <p>Cd</p> = 4..8

  it('maps a small document exactly, including the block boundary', () => {
    const { doc, index } = tiny();
    expect(index.text).toBe('Ab\nCd');
    expect(index.blocks).toEqual([
      { pos: 1, offset: 0, length: 2 },
      { pos: 5, offset: 3, length: 2 },
    ]);
    expect(doc.content.size).toBe(8);
    expect([0, 1, 2, 3, 4, 5].map((o) => offsetToPos(index, o, 'end'))).toEqual([1, 2, 3, 5, 6, 7]);
    expect([0, 1, 2, 3, 4, 5].map((o) => offsetToPos(index, o, 'start'))).toEqual([1, 2, 5, 5, 6, 7]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((p) => posToOffset(index, p, 'start'))).toEqual([0, 0, 1, 2, 3, 3, 4, 5, 5]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((p) => posToOffset(index, p, 'end'))).toEqual([0, 0, 1, 2, 2, 3, 4, 5, 5]);
    expect(rangeToSpan(index, 0, 8)).toEqual({ start: 0, end: 5 }); // select all
    expect(rangeToSpan(index, 0, 4)).toEqual({ start: 0, end: 2 }); // the heading node
    expect(rangeToSpan(index, 3, 5)).toEqual({ start: 2, end: 3 }); // end of heading to start of paragraph = "\n"
    expect(rangeToSpan(index, 4, 4)).toEqual({ start: 2, end: 2 }); // between the blocks: collapses onto the earlier block's end
    expect(spanToRange(index, 1, 4)).toEqual({ from: 2, to: 6 });
    expect(spanToRange(index, 2, 4)).toEqual({ from: 5, to: 6 }); // starts on the "\n": starts at the next block
    expect(spanToRange(index, 2, 3)).toEqual({ from: 5, to: 5 }); // just the "\n": nothing visible
    expect(spanToRange(index, 2, 2)).toEqual({ from: 3, to: 3 }); // empty span on the "\n": end of the earlier block
    expect(spanToRange(index, 0, 5)).toEqual({ from: 1, to: 7 });
  });

  it('counts surrogate pairs as two and ignores marks', () => {
    const { doc, index } = prepared({ title: 'T', html: '<p>a👋<b>b<i>🇺🇦</i></b><a href="https://x.org">e\u0301</a>ج</p>' });
    expect(index.text).toBe('T\na👋b🇺🇦e\u0301ج');
    const at = (needle: string) => offsetToPos(index, index.text.indexOf(needle));
    expect(at('👋') - at('a')).toBe(1);
    expect(at('b') - at('👋')).toBe(2);
    expect(at('e\u0301') - at('🇺🇦')).toBe(4);
    expect(at('ج') - at('e\u0301')).toBe(2);
    expect(doc.textBetween(at('🇺🇦'), at('e\u0301'))).toBe('🇺🇦');
    const bold = index.text.indexOf('b');
    expect(doc.resolve(offsetToPos(index, bold) + 1).marks().map((mark) => mark.type.name)).toEqual(['bold']);
  });

  it('round-trips every offset and every position of every corpus document', () => {
    for (const [name, source] of NAMED_SOURCES) {
      const { doc, index } = prepared(source);
      expect(roundTripFailures(doc, index), name).toEqual([]);
    }
  });

  // Every block kind, marks, emoji, RTL and CJK, nested structure; small enough for all pairs.
  const SMALL_HTML = [
    '<h2>Sé 👋</h2><p>a<b>b<i>c</i></b><a href="https://x.org">🇺🇦</a></p>',
    '<ul><li>м</li><li><b>ع</b>中</li><li><ul><li>nested</li></ul></li></ul>',
    '<blockquote><p>q1</p><p>q2</p></blockquote><ol><li>e\u0301</li></ol><p>z</p>',
  ].join('');

  it('rangeToSpan agrees with doc.textBetween for every pair of positions', () => {
    for (const html of [SMALL_HTML, RICH_HTML]) {
      const { doc, index } = prepared({ title: 'Tï', html });
      expect(allRangeFailures(doc, index)).toEqual([]);
    }
  });

  it('spanToRange agrees with text.slice for every pair of offsets', () => {
    for (const html of [SMALL_HTML, RICH_HTML]) {
      const { doc, index } = prepared({ title: 'Tï', html });
      expect(allSpanFailures(doc, index)).toEqual([]);
    }
  });

  it('ranges and spans across paragraph boundaries of the seed articles', () => {
    const rng = random(7);
    for (const file of seedFiles) {
      const { doc, index } = prepared({ text: readFileSync(path.join(seedDir, file), 'utf8') });
      const separators = separatorOffsets(index);
      const size = doc.content.size;
      const failures: (string | null)[] = [];
      for (let i = 0; i < 3000; i++) {
        const a = rng.int(size + 1);
        const b = Math.min(size, a + rng.int(i % 2 ? 40 : 3000));
        failures.push(rangeFailure(doc, index, a, b));
      }
      // Every block boundary, with a few positions on either side.
      for (const block of index.blocks) {
        for (let from = block.pos - 4; from <= block.pos + 1; from++) {
          for (let to = block.pos - 3; to <= block.pos + block.length + 3; to += 1 + rng.int(5)) {
            if (from >= 0 && from <= to && to <= size) failures.push(rangeFailure(doc, index, from, to));
          }
        }
        const end = block.offset + block.length;
        for (let start = Math.max(0, block.offset - 2); start <= block.offset + 1; start++) {
          for (const stop of [end - 1, end, end + 1, end + 2]) {
            if (start <= stop && stop <= index.text.length) failures.push(spanFailure(doc, index, start, stop, separators));
          }
        }
      }
      expect(failures.filter(Boolean), file).toEqual([]);
    }
  });

  it('handles an empty document', () => {
    const { doc, index, article } = prepared({ title: '', html: '' });
    expect(article.text).toBe('');
    expect(doc.content.size).toBe(2); // tiptap's empty document: one empty paragraph
    expect(index.text).toBe('');
    expect(offsetToPos(index, 0)).toBe(1);
    expect([0, 1, 2].map((p) => posToOffset(index, p))).toEqual([0, 0, 0]);
    expect(rangeToSpan(index, 0, 2)).toEqual({ start: 0, end: 0 });
  });

  it('counts a hard break as one "\\n" (never in stored HTML, but deterministic)', () => {
    const doc = parserDoc('<p>a<br>b</p><p>c</p>');
    expect(doc.child(0).childCount).toBe(3);
    const index = buildOffsetIndex(doc);
    expect(index.text).toBe('a\nb\nc');
    expect(index.blocks).toEqual([
      { pos: 1, offset: 0, length: 3 },
      { pos: 6, offset: 4, length: 1 },
    ]);
    // Inside the block the break is an ordinary code unit: no bias applies.
    expect(offsetToPos(index, 1, 'start')).toBe(2);
    expect(offsetToPos(index, 2, 'start')).toBe(3);
    expect(roundTripFailures(doc, index)).toEqual([]);
    expect(allRangeFailures(doc, index)).toEqual([]);
    expect(allSpanFailures(doc, index)).toEqual([]);
  });

  it('rejects offsets and positions outside the document', () => {
    const { doc, index } = tiny();
    expect(() => offsetToPos(index, -1)).toThrow(RangeError);
    expect(() => offsetToPos(index, 6)).toThrow(RangeError);
    expect(() => offsetToPos(index, 1.5)).toThrow(RangeError);
    expect(() => offsetToPos(index, Number.NaN)).toThrow(RangeError);
    expect(() => posToOffset(index, doc.content.size + 1)).toThrow(RangeError);
    expect(() => posToOffset(index, -1)).toThrow(RangeError);
    expect(() => rangeToSpan(index, 3, 2)).toThrow(RangeError);
    expect(() => spanToRange(index, 3, 2)).toThrow(RangeError);
  });

  it('memoises the index per document', () => {
    const { doc } = tiny();
    expect(offsetIndexFor(doc)).toBe(offsetIndexFor(doc));
    expect(offsetIndexFor(doc).text).toBe('Ab\nCd');
  });
});
