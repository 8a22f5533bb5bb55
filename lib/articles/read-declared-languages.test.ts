// What a page says its language is, most specific first.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDeclaredLanguages } from './read-declared-languages';

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('readDeclaredLanguages', () => {
  it('lists JSON-LD inLanguage, <html lang>, og:locale and Content-Language in that order', () => {
    const page = `<!DOCTYPE html><html lang="en"><head>
      <meta property="og:locale" content="fa_IR"><meta http-equiv="Content-Language" content="fa, en">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"خبر","inLanguage":"fa-IR"}</script>
      </head><body><p>متن</p></body></html>`;
    expect(readDeclaredLanguages(documentOf(page))).toEqual(['fa-IR', 'en', 'fa_IR', 'fa']);
  });

  it('reads a Language node, and gives nothing for a page that declares nothing', () => {
    const page = `<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"NewsArticle","inLanguage":{"@type":"Language","name":"Arabic","alternateName":"ar"}}</script></head><body></body></html>`;
    expect(readDeclaredLanguages(documentOf(page))).toEqual(['ar']);
    expect(readDeclaredLanguages(documentOf('<!DOCTYPE html><html><head></head><body><p>x</p></body></html>'))).toEqual([]);
  });
});
