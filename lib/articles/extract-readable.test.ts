// Checks main-text extraction and metadata precedence on small hand-written pages.
import { describe, it, expect } from 'vitest';
import { extractReadable } from './extract-readable';

const PAGE_URL = 'https://news.example.com/2024/03/flood-defences/?ref=home';

const PARAGRAPHS = [
  'The river broke through the new flood barrier shortly after midnight, council engineers confirmed on Tuesday, flooding more than two hundred homes in the lower town.',
  'Residents had been told in January that the barrier, which cost £14 million, would withstand a once-in-a-century storm. Tuesday’s flood was the third this decade.',
  'An independent review published last year warned that the foundations had been laid on unstable ground, but the council said the concerns had been addressed.',
  'Engineers from the regional water authority were on site by dawn. “We will publish everything we find,” said the authority’s chief engineer, Priya Natarajan.',
];

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Flood defences fail in lower town | The Daily Bugle</title>
  <meta property="og:title" content="Flood defences fail (og)">
  <meta property="og:site_name" content="Bugle (og)">
  <meta property="article:published_time" content="2024-03-04T09:00:00+01:00">
  <meta name="author" content="Meta Author">
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", "@id": "https://news.example.com/#website", "name": "The Daily Bugle website" },
      { "@type": "Organization", "@id": "https://news.example.com/#org", "name": "The Daily Bugle" },
      { "@type": "Person", "@id": "https://news.example.com/#jane", "name": "Jane Doe" },
      {
        "@type": ["NewsArticle"],
        "headline": "Flood defences fail in lower town &amp; homes are evacuated",
        "datePublished": "2024-03-05T07:30:00Z",
        "author": [{ "@id": "https://news.example.com/#jane" }, { "@type": "Person", "name": "John Roe" }],
        "publisher": { "@id": "https://news.example.com/#org" }
      }
    ]
  }
  </script>
  <script>window.tracking = { id: 'UA-TRACKING-SECRET' };</script>
  <style>.ad { display: block }</style>
</head>
<body>
  <header class="site-header">
    <nav class="main-nav">
      <a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a>
    </nav>
  </header>
  <div class="ad ad-banner">Advertisement: BUY CHEAP WATCHES NOW</div>
  <main>
    <article class="story">
      <h1>Flood defences fail in lower town</h1>
      <p class="byline">By Jane Doe</p>
      ${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n      ')}
      <p>Read the <a href="../reports/review.pdf">independent review</a> or <a href="#comments">jump to comments</a>.</p>
      <figure>
        <img src="/images/barrier.jpg" srcset="/images/barrier-2x.jpg 2x, images/barrier-small.jpg 480w" alt="The breached barrier">
        <figcaption>The breached barrier on Tuesday morning.</figcaption>
      </figure>
    </article>
    <aside class="sidebar promo">
      <h3>Sponsored</h3>
      <p>Sponsored content: Win a cruise!</p>
    </aside>
  </main>
  <footer class="site-footer">
    <p>Copyright 2024 The Daily Bugle. All rights reserved.</p>
    <a href="/privacy">Privacy policy</a>
  </footer>
  <script>document.write('INJECTED BY SCRIPT');</script>
</body>
</html>`;

const PLAIN_PAGE = `<html>
<head><title>  Notes from the   council meeting </title></head>
<body>
  <div>
    <p>${PARAGRAPHS[0]}</p>
    <p>${PARAGRAPHS[1]}</p>
    <p>See <a href="minutes.html">the minutes</a>.</p>
  </div>
</body>
</html>`;

describe('extractReadable on a news page with metadata and noise', () => {
  const result = extractReadable(NEWS_PAGE, PAGE_URL);

  it('takes metadata from JSON-LD first, following @id references', () => {
    expect(result.title).toBe('Flood defences fail in lower town & homes are evacuated');
    expect(result.byline).toBe('Jane Doe, John Roe');
    expect(result.publisher).toBe('The Daily Bugle');
    expect(result.publishedAt).toBe('2024-03-05T07:30:00.000Z');
  });

  it('keeps the article text', () => {
    for (const text of PARAGRAPHS) {
      // Compare on a distinctive slice, since entities may be re-encoded.
      expect(result.contentHtml).toContain(text.slice(0, 60));
    }
    expect(result.contentHtml).toContain('The breached barrier on Tuesday morning.');
  });

  it('drops navigation, adverts, sidebar, footer and scripts', () => {
    expect(result.contentHtml).not.toContain('BUY CHEAP WATCHES');
    expect(result.contentHtml).not.toContain('Win a cruise');
    expect(result.contentHtml).not.toContain('All rights reserved');
    expect(result.contentHtml).not.toContain('UA-TRACKING-SECRET');
    expect(result.contentHtml).not.toContain('INJECTED BY SCRIPT');
    expect(result.contentHtml).not.toContain('>Sport<');
    expect(result.contentHtml).not.toMatch(/<script/i);
  });

  it('serialises tags in lower case, as an HTML document would', () => {
    expect(result.contentHtml).toMatch(/^<div\b/);
    expect(result.contentHtml).not.toMatch(/<[A-Z]/);
  });

  it('makes links and images absolute against the page URL', () => {
    expect(result.contentHtml).toContain('href="https://news.example.com/2024/03/reports/review.pdf"');
    expect(result.contentHtml).toContain('src="https://news.example.com/images/barrier.jpg"');
    expect(result.contentHtml).toContain('https://news.example.com/images/barrier-2x.jpg 2x');
    expect(result.contentHtml).toContain('https://news.example.com/2024/03/flood-defences/images/barrier-small.jpg 480w');
    // In-page anchors keep working inside the extracted text.
    expect(result.contentHtml).toContain('href="#comments"');
  });
});

describe('extractReadable metadata fallbacks', () => {
  it('uses <title> and leaves the rest null on a page without metadata', () => {
    const result = extractReadable(PLAIN_PAGE, 'https://council.example.org/meetings/2024/');
    expect(result).toMatchObject({
      title: 'Notes from the council meeting',
      byline: null,
      publisher: null,
      publishedAt: null,
    });
    expect(result.contentHtml).toContain(PARAGRAPHS[0]?.slice(0, 60));
    expect(result.contentHtml).toContain('href="https://council.example.org/meetings/2024/minutes.html"');
  });

  it('uses OpenGraph and meta tags when there is no JSON-LD', () => {
    const html = NEWS_PAGE.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const result = extractReadable(html, PAGE_URL);
    expect(result.title).toBe('Flood defences fail (og)');
    expect(result.publisher).toBe('Bugle (og)');
    expect(result.byline).toBe('Meta Author');
    expect(result.publishedAt).toBe('2024-03-04T08:00:00.000Z');
  });

  it('ignores malformed JSON-LD and non-article JSON-LD', () => {
    const html = `<html><head>
      <title>Fallback title</title>
      <script type="application/ld+json">{ "@type": "NewsArticle", "headline": broken </script>
      <script type="application/ld+json">{ "@type": "Organization", "name": "Not an article" }</script>
      <meta property="og:title" content="OG title">
    </head><body><p>${PARAGRAPHS.join(' ')}</p></body></html>`;
    const result = extractReadable(html, PAGE_URL);
    expect(result.title).toBe('OG title');
    expect(result.publisher).toBeNull();
  });

  it('reads JSON-LD wrapped in CDATA, with string authors and full type URLs', () => {
    const html = `<html><head><script type="application/ld+json">//<![CDATA[
      [{ "@type": "https://schema.org/ReportageNewsArticle", "headline": "Reported", "author": "By-the-way Smith",
         "datePublished": "2023-11-02", "publisher": "Gazette" }]
    //]]></script></head><body><p>${PARAGRAPHS.join(' ')}</p></body></html>`;
    const result = extractReadable(html, PAGE_URL);
    expect(result).toMatchObject({
      title: 'Reported',
      byline: 'By-the-way Smith',
      publisher: 'Gazette',
      publishedAt: '2023-11-02T00:00:00.000Z',
    });
  });

  it('prefers a NewsArticle over a generic Article', () => {
    const html = `<html><head><script type="application/ld+json">[
      { "@type": "Article", "headline": "Related piece" },
      { "@type": "NewsArticle", "headline": "The real story" }
    ]</script></head><body><p>${PARAGRAPHS.join(' ')}</p></body></html>`;
    expect(extractReadable(html, PAGE_URL).title).toBe('The real story');
  });

  it('strips a "By" prefix and ignores URL-valued authors and unparseable dates', () => {
    const html = `<html><head>
      <meta name="author" content="By Sam Writer">
      <meta property="article:published_time" content="last Tuesday">
    </head><body><p>${PARAGRAPHS.join(' ')}</p></body></html>`;
    const result = extractReadable(html, PAGE_URL);
    expect(result.byline).toBe('Sam Writer');
    expect(result.publishedAt).toBeNull();

    const urlAuthor = html.replace('By Sam Writer', 'https://facebook.example/sam');
    expect(extractReadable(urlAuthor, PAGE_URL).byline).toBeNull();
  });
});

describe('extractReadable content fallbacks', () => {
  it('keeps a very short page', () => {
    const result = extractReadable(
      '<html><head><title>Tiny</title></head><body><span>Short <a href="/more">note</a></span><script>bad()</script></body></html>',
      PAGE_URL,
    );
    expect(result.title).toBe('Tiny');
    expect(result.contentHtml).toContain('Short');
    expect(result.contentHtml).toContain('href="https://news.example.com/more"');
    expect(result.contentHtml).not.toContain('bad()');
  });

  it('falls back to the body when Readability finds no text', () => {
    // A photo-only page: Readability returns nothing, but the image is the content.
    const result = extractReadable(
      '<html><head><title>Photo</title><style>x{}</style></head><body><img src="photo.jpg" alt="Flooded street"><script>bad()</script><noscript>enable js</noscript></body></html>',
      PAGE_URL,
    );
    expect(result.contentHtml).toBe('<img src="https://news.example.com/2024/03/flood-defences/photo.jpg" alt="Flooded street">');
  });

  it('copes with a fragment that has no <html> element', () => {
    const result = extractReadable(`<title>Fragment</title><p>${PARAGRAPHS[2]}</p>`, PAGE_URL);
    expect(result.title).toBe('Fragment');
    expect(result.contentHtml).toContain(PARAGRAPHS[2]?.slice(0, 60));
  });

  it('copes with an empty document', () => {
    const result = extractReadable('', PAGE_URL);
    expect(result).toEqual({ title: null, byline: null, publisher: null, publishedAt: null, modifiedAt: null, canonicalUrl: null, languages: [], contentHtml: '' });
  });

  it('honours <base href> but not a javascript: base', () => {
    const body = `<body><p>${PARAGRAPHS.join(' ')} <a href="story.html">more</a></p></body>`;
    const withBase = extractReadable(`<html><head><base href="https://cdn.example.net/section/"></head>${body}</html>`, PAGE_URL);
    expect(withBase.contentHtml).toContain('href="https://cdn.example.net/section/story.html"');
    const scriptBase = extractReadable(`<html><head><base href="javascript:alert(1)//"></head>${body}</html>`, PAGE_URL);
    expect(scriptBase.contentHtml).toContain('href="https://news.example.com/2024/03/flood-defences/story.html"');
  });

  it('leaves relative links alone when the page URL is unusable', () => {
    const result = extractReadable(`<html><body><p>${PARAGRAPHS.join(' ')} <a href="x.html">x</a></p></body></html>`, 'not a url');
    expect(result.contentHtml).toContain('href="x.html"');
  });
});
