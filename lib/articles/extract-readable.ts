// Turns a fetched news page into its main text and bibliographic metadata, so the
// importer can store an article instead of a whole web page. The HTML returned is
// NOT safe to render: callers must sanitise it.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { limitNesting } from './limit-nesting';
import { stripInvalidCharacters } from './normalize-whitespace';

export interface ReadableArticle {
  title: string | null;
  byline: string | null;
  publisher: string | null;
  /** ISO 8601 (UTC) when the page states a parseable publication date. */
  publishedAt: string | null;
  /** Main content as HTML, links made absolute. Untrusted: sanitise before use. */
  contentHtml: string;
}

type JsonObject = Record<string, unknown>;

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

const ARTICLE_TYPES = new Set([
  'Article',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'SocialMediaPosting',
  'TechArticle',
  'ScholarlyArticle',
]);

export function extractReadable(html: string, pageUrl: string): ReadableArticle {
  const document = parseDocument(html);
  const baseUrl = findBaseUrl(document, pageUrl);
  if (baseUrl) absolutizeUrls(document, baseUrl);

  // Metadata first: Readability rewrites the document as it works.
  const metadata = readMetadata(document);
  const article = runReadability(document, baseUrl, pageUrl);

  let contentHtml = article?.content?.trim() ?? '';
  if (!contentHtml || !article?.textContent?.trim()) {
    contentHtml = readBodyFallback(html, baseUrl);
  }

  return {
    title: metadata.title,
    byline: metadata.byline ?? cleanByline(article?.byline),
    publisher: metadata.publisher ?? cleanText(article?.siteName),
    publishedAt: metadata.publishedAt ?? normalizeDate(article?.publishedTime),
    contentHtml,
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

// --- metadata -------------------------------------------------------------------------

interface PageMetadata {
  title: string | null;
  byline: string | null;
  publisher: string | null;
  publishedAt: string | null;
}

function readMetadata(document: Document): PageMetadata {
  const jsonLd = findJsonLdArticle(document);
  const decode = (value: string | null) => decodeEntities(document, value);

  return {
    title:
      decode(stringField(jsonLd?.article, 'headline')) ??
      readMeta(document, ['meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]']) ??
      cleanText(document.querySelector('title')?.textContent),
    byline:
      decode(jsonLd ? readPeopleNames(jsonLd.article['author'], jsonLd.byId) : null) ??
      cleanByline(readMeta(document, ['meta[name="author"]', 'meta[property="author"]', 'meta[name="byl"]'])),
    publisher:
      decode(jsonLd ? readPeopleNames(jsonLd.article['publisher'], jsonLd.byId) : null) ??
      readMeta(document, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="application-name"]']),
    publishedAt:
      normalizeDate(stringField(jsonLd?.article, 'datePublished')) ??
      normalizeDate(
        readMeta(document, [
          'meta[property="article:published_time"]',
          'meta[name="article:published_time"]',
          'meta[itemprop="datePublished"]',
          'meta[name="pubdate"]',
          'meta[name="publish-date"]',
          'meta[name="date"]',
          'meta[name="dc.date"]',
          'meta[name="DC.date.issued"]',
        ]),
      ) ??
      normalizeDate(document.querySelector('time[itemprop="datePublished"][datetime]')?.getAttribute('datetime')),
  };
}

function readMeta(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    for (const element of Array.from(document.querySelectorAll(selector))) {
      const value = cleanText(element.getAttribute('content'));
      if (value) return value;
    }
  }
  return null;
}

interface JsonLdArticle {
  article: JsonObject;
  /** Every node with an @id, so references like {"@id": "#org"} can be followed. */
  byId: Map<string, JsonObject>;
}

function findJsonLdArticle(document: Document): JsonLdArticle | null {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const parsed = parseJsonLoosely(script.textContent ?? '');
    if (parsed !== undefined) collectNodes(parsed, nodes, 0);
  }

  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string') byId.set(id, node);
  }

  // A NewsArticle beats a generic Article: pages often also describe the site or a
  // related piece as an Article.
  const rank = (node: JsonObject) => {
    const types = readTypes(node);
    if (types.some((type) => type.endsWith('NewsArticle'))) return 2;
    if (types.some((type) => ARTICLE_TYPES.has(type))) return 1;
    return 0;
  };
  let best: JsonObject | null = null;
  for (const node of nodes) {
    if (rank(node) > (best ? rank(best) : 0)) best = node;
  }
  return best ? { article: best, byId } : null;
}

function parseJsonLoosely(text: string): unknown {
  // CMSes wrap JSON-LD in CDATA or HTML comments and sometimes leave raw newlines in strings.
  const stripped = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '')
    .trim();
  try {
    return JSON.parse(stripped);
  } catch {
    try {
      return JSON.parse(stripped.replace(/[\r\n\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function collectNodes(value: unknown, into: JsonObject[], depth: number): void {
  // JSON-LD nests freely; the bound only protects against pathological input.
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
    return;
  }
  const node = value as JsonObject;
  into.push(node);
  if (node['@graph'] !== undefined) collectNodes(node['@graph'], into, depth + 1);
}

function readTypes(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  // Accept "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" alike.
  return list.filter((type): type is string => typeof type === 'string').map((type) => type.split(/[/:#]/).pop() ?? type);
}

function stringField(node: JsonObject | undefined, key: string): string | null {
  const value = node?.[key];
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value) && typeof value[0] === 'string') return cleanText(value[0]);
  return null;
}

/** Names from a schema.org author/publisher value: a string, a Person/Organization, a reference, or a list. */
function readPeopleNames(value: unknown, byId: Map<string, JsonObject>): string | null {
  const names: string[] = [];
  const visit = (item: unknown, depth: number) => {
    if (depth > 3 || item === null || item === undefined) return;
    if (typeof item === 'string') {
      const name = cleanText(item);
      // Some sites put a profile URL where the name should be.
      if (name && !/^https?:\/\//i.test(name)) names.push(name);
      return;
    }
    if (Array.isArray(item)) {
      for (const entry of item) visit(entry, depth + 1);
      return;
    }
    if (typeof item === 'object') {
      const node = item as JsonObject;
      const name = node['name'];
      if (typeof name === 'string' && cleanText(name)) {
        visit(name, depth + 1);
        return;
      }
      const ref = node['@id'];
      const target = typeof ref === 'string' ? byId.get(ref) : undefined;
      if (target && target !== node) visit(target, depth + 1);
    }
  };
  visit(value, 0);
  const unique = [...new Set(names)];
  return unique.length > 0 ? unique.join(', ') : null;
}

function decodeEntities(document: Document, value: string | null): string | null {
  // JSON-LD from WordPress and friends often carries "&amp;" and "&#8217;" literally.
  if (value === null || !/[&<]/.test(value)) return value;
  const holder = document.createElement('div');
  holder.innerHTML = value;
  return cleanText(holder.textContent);
}

function cleanText(value: string | null | undefined): string | null {
  // Metadata is stored as it comes (byline, publisher): never with NUL or other controls in it.
  const text = stripInvalidCharacters(value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function cleanByline(value: string | null | undefined): string | null {
  const text = cleanText(value);
  if (!text || /^https?:\/\//i.test(text)) return null;
  return cleanText(text.replace(/^by[:\s]+/i, ''));
}

function normalizeDate(value: string | null | undefined): string | null {
  const text = cleanText(value);
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
