// Imported text of any kind (pasted plain text, HTML, a fetched page's metadata)
// reaches storage with no NUL, C0 control or half surrogate pair in it, and every
// XSS payload of the corpus comes out of prepareArticle as inert blocks.
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { C0_CONTROLS, TEMPLATE_INJECTION, XSS } from '../../tests/support/hostile-corpus';
import { documentToText } from './render-document';
import { extractReadable } from './extract-readable';
import { plainTextToDocument } from './plain-text-to-document';
import { prepareArticle } from './prepare-article';

const INVALID = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('plain text import', () => {
  it('removes NUL and other controls, as HTML import does', () => {
    const text = documentToText(plainTextToDocument('Head\u0000line\nBody with a bell\u0007, an escape \u001b[31mred\u001b[0m and a delete\u007f.\n'));
    expect(text).toBe('Headline\nBody with a bell, an escape [31mred[0m and a delete.');
    for (const control of C0_CONTROLS) expect(INVALID.test(documentToText(plainTextToDocument(`Title\n${control.value}.`))), control.name).toBe(false);
  });

  it('turns unpaired surrogates into U+FFFD and keeps whole pairs', () => {
    expect(documentToText(plainTextToDocument('Title\nhalf \ud800 pair, whole 💩 pair.'))).toBe('Title\nhalf \ufffd pair, whole 💩 pair.');
  });

  it('gives the same canonical text for the same words as HTML import', () => {
    const fromText = prepareArticle({ text: 'Title\u0000\nA body\u0007 line.' });
    const fromHtml = prepareArticle({ html: '<h1>Title\u0000</h1><p>A body\u0007 line.</p>' });
    expect(fromText.text).toBe(fromHtml.text);
  });
});

describe('fetched page metadata', () => {
  it('strips NUL and controls from title, byline and publisher', () => {
    const page = `<html><head><title>Tit\u0000le</title><meta name="author" content="Jane\u0000 Doe\u0007"><meta property="og:site_name" content="Daily\u0000 Example"></head><body><article><p>${'Text long enough to be the article. '.repeat(20)}</p></article></body></html>`;
    const readable = extractReadable(page, 'https://news.example/a');
    expect(readable.title).toBe('Title');
    expect(readable.byline).toBe('Jane Doe');
    expect(readable.publisher).toBe('Daily Example');
  });
});

const ALLOWED_ELEMENTS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'a']);

function liveMarkup(html: string): string[] {
  const problems: string[] = [];
  for (const element of DomUtils.findAll(() => true, parseDocument(html).children)) {
    if (!ALLOWED_ELEMENTS.has(element.name)) problems.push(`<${element.name}>`);
    for (const [name, value] of Object.entries(element.attribs)) {
      if (!(element.name === 'a' && ((name === 'href' && /^(https?:\/\/|mailto:)/i.test(value)) || name === 'rel'))) problems.push(`${element.name}[${name}="${value}"]`);
    }
  }
  return problems;
}

describe('the XSS corpus through prepareArticle', () => {
  it.each(XSS.map((payload) => [payload.name, payload.value] as const))('%s comes out inert', (_name, value) => {
    const prepared = prepareArticle({ title: value, html: `<p>Before.</p>${value}<p>After.</p>` });
    expect(liveMarkup(prepared.html)).toEqual([]);
    // The title is text: escaped in the headline, verbatim in the canonical text.
    expect(prepared.text.startsWith(`${prepared.title}\n`)).toBe(true);
    expect(DomUtils.textContent(DomUtils.findOne((element) => element.name === 'h1', parseDocument(prepared.html).children)!)).toBe(prepared.title);
  });

  it('keeps template syntax as literal text', () => {
    for (const payload of TEMPLATE_INJECTION) {
      const prepared = prepareArticle({ title: 'T', text: `T\n${payload.value}` });
      expect(prepared.text).toBe(`T\n${payload.value}`);
    }
  });
});
