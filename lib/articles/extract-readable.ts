// Turns a fetched news page into its main text and bibliographic metadata, so the
// importer can store an article instead of a whole web page. The HTML returned is
// NOT safe to render: callers must sanitise it.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { limitNesting } from './limit-nesting';
import { stripBoilerplateHtml } from './strip-boilerplate';
import { readDeclaredLanguages } from './read-declared-languages';
import { cleanByline, cleanText, normalizeDate, readPageMetadata } from './read-page-metadata';

export interface ReadableArticle {
  title: string | null;
  byline: string | null;
  publisher: string | null;
  /** ISO 8601 (UTC) when the page states a parseable publication date. */
  publishedAt: string | null;
  /** ISO 8601 (UTC) when the page states a parseable modification date. */
  modifiedAt: string | null;
  /** The page's canonical http(s) address, absolute; null when it states none. */
  canonicalUrl: string | null;
  /** The languages the page declares, most specific first (read-declared-languages); [] for none. */
  languages: string[];
  /** Main content as HTML, links made absolute. Untrusted: sanitise before use. */
  contentHtml: string;
}

// Attributes holding URLs that should keep working once the content leaves its page.
const URL_ATTRIBUTES: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['img[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['source[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['blockquote[cite]', 'cite'],
  ['q[cite]', 'cite'],
  ['ins[cite]', 'cite'],
  ['del[cite]', 'cite'],
  // Readability turns lazy-loading attributes into src later, so fix them too.
  ['img[data-src]', 'data-src'],
];
const SRCSET_SELECTORS = ['img[srcset]', 'source[srcset]', 'img[data-srcset]', 'source[data-srcset]'];
const NEVER_CONTENT = 'script, style, noscript, template, link, meta';

export function extractReadable(html: string, pageUrl: string): ReadableArticle {
  const document = parseDocument(html);
  const baseUrl = findBaseUrl(document, pageUrl);
  if (baseUrl) absolutizeUrls(document, baseUrl);

  // Metadata first: Readability rewrites the document as it works.
  const metadata = readPageMetadata(document, baseUrl);
  const languages = readDeclaredLanguages(document);
  const article = runReadability(document, baseUrl, pageUrl);

  let contentHtml = article?.content?.trim() ?? '';
  if (!contentHtml || !article?.textContent?.trim()) {
    contentHtml = readBodyFallback(html, baseUrl);
  }

  const byline = metadata.byline ?? cleanByline(article?.byline);
  return {
    title: metadata.title,
    byline,
    publisher: metadata.publisher ?? cleanText(article?.siteName),
    publishedAt: metadata.publishedAt ?? normalizeDate(article?.publishedTime),
    modifiedAt: metadata.modifiedAt,
    canonicalUrl: metadata.canonicalUrl,
    languages,
    contentHtml: stripBoilerplateHtml(contentHtml, byline),
  };
}

function parseDocument(page: string): Document {
  // linkedom's parser and Readability's scoring cost time that grows with nesting depth (cubic, for Readability).
  const html = limitNesting(page);
  // linkedom builds a sensible tree only from a full document; a bare fragment
  // would otherwise end up with odd roots (e.g. <title> as documentElement).
  const wrapped = /<html[\s>]/i.test(html) ? `<!DOCTYPE html>${html}` : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped).document as unknown as Document;
}

function findBaseUrl(document: Document, pageUrl: string): URL | null {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return null;
  }
  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  if (!baseHref) return page;
  try {
    const base = new URL(baseHref, page);
    // A <base> pointing at javascript: or data: must not become the base for every link.
    return base.protocol === 'http:' || base.protocol === 'https:' ? base : page;
  } catch {
    return page;
  }
}

function absolutizeUrls(root: Document | Element, base: URL): void {
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const element of Array.from(root.querySelectorAll(selector))) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      const resolved = resolveUrl(value, base);
      if (resolved !== null) element.setAttribute(attribute, resolved);
    }
  }
  for (const selector of SRCSET_SELECTORS) {
    const attribute = selector.includes('data-srcset') ? 'data-srcset' : 'srcset';
    for (const element of Array.from(root.querySelectorAll(selector))) {
      const value = element.getAttribute(attribute);
      if (value) element.setAttribute(attribute, resolveSrcset(value, base));
    }
  }
}

function resolveUrl(value: string, base: URL): string | null {
  const trimmed = value.trim();
  // In-page anchors stay as they are; they still make sense inside the extracted text.
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}

function resolveSrcset(value: string, base: URL): string {
  // Same candidate grammar Readability uses: "url [descriptor], url [descriptor]".
  return value.replace(/(\S+)(\s+[\d.]+[xw])?(\s*(?:,|$))/g, (_match, url: string, descriptor?: string, separator?: string) => {
    return (resolveUrl(url, base) ?? url) + (descriptor ?? '') + (separator ?? '');
  });
}

function runReadability(document: Document, baseUrl: URL | null, pageUrl: string): ReturnType<Readability['parse']> {
  if (baseUrl) {
    // linkedom leaves these unset; Readability needs them to resolve the URLs it
    // creates itself (lazy images), and to leave in-page anchors alone.
    Object.defineProperty(document, 'baseURI', { value: baseUrl.href, configurable: true });
    Object.defineProperty(document, 'documentURI', { value: pageUrl, configurable: true });
  }
  // Readability creates elements as "DIV"; linkedom keeps that case and would
  // serialise <DIV>. Real HTML documents lower-case the name, so do the same.
  const createElement = document.createElement.bind(document);
  document.createElement = ((tagName: string, options?: ElementCreationOptions) =>
    createElement(tagName.toLowerCase(), options)) as Document['createElement'];
  try {
    return new Readability(document).parse();
  } catch {
    // Readability throws on some malformed trees; the body fallback still gives the editor text.
    return null;
  }
}

function readBodyFallback(html: string, baseUrl: URL | null): string {
  // Re-parse: Readability has already rearranged the first document.
  const document = parseDocument(html);
  if (baseUrl) absolutizeUrls(document, baseUrl);
  const body = document.body ?? document.documentElement;
  if (!body) return '';
  for (const element of Array.from(body.querySelectorAll(NEVER_CONTENT))) element.remove();
  return body.innerHTML.trim();
}
