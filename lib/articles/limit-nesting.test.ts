import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractReadable } from './extract-readable';
import { limitNesting, MAX_NESTING_DEPTH } from './limit-nesting';
import { prepareArticle } from './prepare-article';

/** The deepest stack of open elements htmlparser2 builds from `html` (the sanitiser's and linkedom's parser). */
function depthOf(html: string): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser({
    // <br> (a void element) is opened and closed at once; it never holds anything.
    onopentagname: (name) => void (name !== 'br' && (deepest = Math.max(deepest, ++depth))),
    onclosetag: (name) => void (name !== 'br' && (depth -= 1)),
  });
  parser.write(html);
  parser.end();
  return deepest;
}

const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`);

describe('limitNesting', () => {
  it('keeps shallow HTML as the same document, written plainly', () => {
    const html = '<!DOCTYPE html><!-- note --><p class=lead id="x">One &amp; <b>two</b> &lt;three&gt;<br/>four</p><ul><li>a<li>b</ul><img src="i.png" alt="a &quot;b&quot;">';
    expect(limitNesting(html)).toBe('<p class="lead" id="x">One &amp; <b>two</b> &lt;three&gt;<br>four</p><ul><li>a</li><li>b</li></ul><img src="i.png" alt="a &quot;b&quot;">');
  });

  it('caps the depth any parser sees at the limit, however the input nests', () => {
    const shapes = {
      'closed divs': '<div>x'.repeat(300) + '</div>'.repeat(300),
      'unclosed spans': '<span>x'.repeat(300),
      'stray closing tags': '<div><q>x'.repeat(150) + '</b></i>'.repeat(150),
      'lists in list items': '<ul><li>x'.repeat(150),
      'tables in cells': '<table><tr><td>x'.repeat(100),
    };
    for (const [shape, html] of Object.entries(shapes)) {
      expect(depthOf(html), shape).toBeGreaterThan(MAX_NESTING_DEPTH);
      expect(depthOf(limitNesting(html)), shape).toBeLessThanOrEqual(MAX_NESTING_DEPTH);
    }
  });

  it('turns block elements past the limit into line breaks and drops inline ones, keeping all the text in order', () => {
    expect(limitNesting('<div><p>a<p>b</p>c</div>', 1)).toBe('<div><br>a<br><br>b<br>c</div>');
    expect(limitNesting('<p><b><i>deep</i></b> text</p>', 2)).toBe('<p><b>deep</b> text</p>');
  });

  it('drops elements that never hold text past the limit with their content, as the sanitiser would', () => {
    expect(limitNesting('<div><script>alert(1)</script><nav><a href="/">Home</a></nav>text</div>', 1)).toBe('<div>text</div>');
  });

  it('copies script bodies as they are (JSON-LD survives) and keeps other raw text as text', () => {
    const jsonLd = '{"headline": "AT&amp;T <b>now</b>"}';
    expect(limitNesting(`<script type="application/ld+json">${jsonLd}</script>`)).toBe(`<script type="application/ld+json">${jsonLd}</script>`);
    expect(limitNesting('<xmp><b>not bold</b></xmp>')).toBe('<xmp>&lt;b&gt;not bold&lt;/b&gt;</xmp>');
  });

  it('reads self-closing syntax as HTML does: it closes only inside SVG and MathML', () => {
    expect(limitNesting('<div/>inside')).toBe('<div>inside</div>');
    expect(limitNesting('<svg><path d="M0"/><text>t</text></svg>')).toBe('<svg><path d="M0"></path><text>t</text></svg>');
  });

  it('reads stray closing tags as browsers do', () => {
    expect(limitNesting('a</br>b</p>c</div>d')).toBe('a<br>b<p></p>cd');
  });
});

describe('prepareArticle on deeply nested HTML', () => {
  it('keeps every line of 20,000 nested divs, in order', () => {
    const list = words(20_000);
    const html = list.map((word) => `<div>${word}`).join('') + '</div>'.repeat(list.length);
    expect(prepareArticle({ title: 'T', html }).text).toBe(['T', ...list].join('\n'));
  });

  it('keeps the text of unclosed inline elements as one paragraph, marks only down to the limit', () => {
    const list = words(5_000);
    const article = prepareArticle({ title: 'T', html: list.map((word) => `<b>${word} `).join('') });
    expect(article.text).toBe(`T\n${list.join(' ')}`);
    expect(article.html.match(/<strong>/g)?.length).toBe(1);
  });

  it('keeps list items and quotes past the limit as lines of the enclosing kind', () => {
    const list = words(1_000);
    const article = prepareArticle({ title: 'T', html: list.map((word) => `<ul><li>${word}`).join('') });
    expect(article.text).toBe(['T', ...list].join('\n'));
    // Items within the limit are list items; past it, lines of the deepest item kept.
    expect(article.html.match(/<li>/g)?.length).toBe(list.length);
    const quotes = prepareArticle({ title: 'T', html: list.map((word) => `<blockquote>${word}`).join('') });
    expect(quotes.text).toBe(['T', ...list].join('\n'));
    expect(quotes.html.match(/<blockquote>/g)?.length).toBe(list.length);
  });

  it('gives the same text as before for documents within the limit', () => {
    const html = '<article><h2>Section</h2><div><div><p>One <i>two</i> <a href="https://example.org/">three</a></p><table><tr><td>cell</td><td>next</td></tr></table></div></div></article>';
    const article = prepareArticle({ title: 'T', html });
    expect(article.text).toBe('T\nSection\nOne two three\ncell\nnext');
    expect(article.html).toBe('<h1>T</h1><h2>Section</h2><p>One <em>two</em> <a href="https://example.org/" rel="noopener noreferrer nofollow">three</a></p><p>cell</p><p>next</p>');
  });
});

describe('extractReadable on deeply nested pages', () => {
  it('finds the article text under 5,000 nested divs', () => {
    const paragraph = 'A sentence of the article, long enough for Readability to count it as text, with commas, and more words. ';
    const html = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(5_000)}<p>${paragraph.repeat(6)}</p>${'</div>'.repeat(5_000)}</body></html>`;
    const readable = extractReadable(html, 'https://news.example/deep');
    expect(readable.title).toBe('Deep page');
    expect(prepareArticle({ title: 'T', html: readable.contentHtml }).text).toBe(`T\n${paragraph.repeat(6).trim()}`);
  });
});
