// Page metadata on three realistic heads: JSON-LD (with @graph), OpenGraph only, and a page whose
// sources disagree (the documented precedence decides).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_LD_SCRIPTS, readPageMetadata } from './read-page-metadata';

const BASE = new URL('https://www.example-news.com/world/2025/01/17/russia-iran-treaty?utm_source=feed');

function read(head: string, body = '<p>Text.</p>') {
  const { document } = parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
  return readPageMetadata(document as unknown as Document, BASE);
}

const JSON_LD_HEAD = `
  <title>Russia and Iran sign treaty | Example News</title>
  <link rel="canonical" href="/world/2025/01/17/russia-iran-treaty">
  <script type="application/ld+json">{
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebPage", "@id": "https://www.example-news.com/world/2025/01/17/russia-iran-treaty#page" },
      { "@type": "NewsMediaOrganization", "@id": "https://www.example-news.com/#org", "name": "Example News" },
      { "@type": "ReportageNewsArticle",
        "headline": "Russia and Iran sign a &quot;comprehensive&quot; treaty",
        "datePublished": "2025-01-17T14:05:00+03:00",
        "dateModified": "2025-01-18T08:00:00Z",
        "author": [{ "@type": "Person", "name": "Nasser Karimi" }, { "@type": "Person", "name": "Dasha Litvinova" }],
        "publisher": { "@id": "https://www.example-news.com/#org" },
        "mainEntityOfPage": { "@id": "https://www.example-news.com/world/2025/01/17/russia-iran-treaty#page" }
      }
    ]
  }</script>`;

const OPENGRAPH_HEAD = `
  <title>Treaty signed</title>
  <meta property="og:site_name" content="The Tehran Observer">
  <meta property="og:url" content="https://tehran-observer.example/news/treaty#top">
  <meta property="article:published_time" content="2025-01-17T10:00:00Z">
  <meta property="article:modified_time" content="2025-01-17T12:30:00Z">
  <meta property="article:author" content="https://tehran-observer.example/authors/sara">
  <meta name="author" content="By Sara Ahmadi">`;

const CONFLICTING_HEAD = `
  <link rel="canonical" href="https://www.example-news.com/a/canonical-one">
  <meta property="og:url" content="https://www.example-news.com/a/og-one">
  <meta property="og:site_name" content="Example News (site template)">
  <meta property="article:published_time" content="2020-01-01T00:00:00Z">
  <meta name="author" content="Newsroom Staff">
  <script type="application/ld+json">{ "@type": "WebSite", "name": "Example site", "url": "https://www.example-news.com/" }</script>
  <script type="application/ld+json">[
    { "@type": "Article", "headline": "A related piece", "datePublished": "2019-05-05T00:00:00Z", "author": "Someone Else" },
    { "@type": "NewsArticle", "headline": "The real story", "datePublished": "2025-01-17T09:00:00Z",
      "author": { "@type": "Person", "name": "Jane Reporter" }, "publisher": { "@type": "Organization", "name": "Example News" },
      "url": "https://www.example-news.com/a/jsonld-one" }
  ]</script>`;

describe('readPageMetadata', () => {
  it('reads a JSON-LD @graph: the NewsArticle subtype, its authors, the referenced publisher, both dates', () => {
    expect(read(JSON_LD_HEAD)).toEqual({
      title: 'Russia and Iran sign a "comprehensive" treaty',
      byline: 'Nasser Karimi, Dasha Litvinova',
      publisher: 'Example News',
      publishedAt: '2025-01-17T11:05:00.000Z',
      modifiedAt: '2025-01-18T08:00:00.000Z',
      // The relative canonical link, made absolute against the page.
      canonicalUrl: 'https://www.example-news.com/world/2025/01/17/russia-iran-treaty',
    });
  });

  it('reads a page with OpenGraph only; a profile URL is not a byline, the author meta is, without "By"', () => {
    expect(read(OPENGRAPH_HEAD)).toEqual({
      title: 'Treaty signed',
      byline: 'Sara Ahmadi',
      publisher: 'The Tehran Observer',
      publishedAt: '2025-01-17T10:00:00.000Z',
      modifiedAt: '2025-01-17T12:30:00.000Z',
      canonicalUrl: 'https://tehran-observer.example/news/treaty',
    });
  });

  it('on conflict: JSON-LD NewsArticle beats OpenGraph and meta; <link rel=canonical> beats og:url and JSON-LD url', () => {
    const metadata = read(CONFLICTING_HEAD);
    expect(metadata.byline).toBe('Jane Reporter');
    expect(metadata.publisher).toBe('Example News');
    expect(metadata.publishedAt).toBe('2025-01-17T09:00:00.000Z');
    expect(metadata.title).toBe('The real story');
    expect(metadata.canonicalUrl).toBe('https://www.example-news.com/a/canonical-one');
  });

  it('falls back from the canonical link to og:url, then to JSON-LD url', () => {
    const withoutLink = CONFLICTING_HEAD.replace(/<link rel="canonical"[^>]*>/, '');
    expect(read(withoutLink).canonicalUrl).toBe('https://www.example-news.com/a/og-one');
    const withoutOg = withoutLink.replace(/<meta property="og:url"[^>]*>/, '');
    expect(read(withoutOg).canonicalUrl).toBe('https://www.example-news.com/a/jsonld-one');
  });

  it('reads citation_* tags (one per author) and refuses a javascript: canonical', () => {
    const metadata = read(`
      <meta name="citation_title" content="Sanctions and alliances">
      <meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, Richard">
      <meta name="citation_publication_date" content="2024/06/01">
      <meta name="citation_journal_title" content="Journal of Examples">
      <link rel="canonical" href="javascript:alert(1)">`);
    expect(metadata.byline).toBe('Doe, Jane, Roe, Richard');
    expect(metadata.publisher).toBe('Journal of Examples');
    expect(metadata.publishedAt).toBe(new Date('2024/06/01').toISOString());
    expect(metadata.title).toBe('Sanctions and alliances');
    expect(metadata.canonicalUrl).toBeNull();
  });

  it('ignores unparseable dates and broken JSON-LD instead of failing', () => {
    const metadata = read(`<script type="application/ld+json">{ "@type": "NewsArticle", </script>
      <meta property="article:published_time" content="yesterday-ish">`);
    expect(metadata).toMatchObject({ byline: null, publisher: null, publishedAt: null, modifiedAt: null, canonicalUrl: null });
  });

  it('parses at most MAX_JSON_LD_SCRIPTS JSON-LD scripts', () => {
    const filler = '<script type="application/ld+json">{ "@type": "WebSite", "name": "x" }</script>'.repeat(MAX_JSON_LD_SCRIPTS);
    const late = '<script type="application/ld+json">{ "@type": "NewsArticle", "author": "Too Late" }</script>';
    expect(read(filler + late).byline).toBeNull();
    expect(read(late + filler).byline).toBe('Too Late');
  });
});
