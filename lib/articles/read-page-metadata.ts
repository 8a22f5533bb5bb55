// Reads a news page's bibliographic metadata — headline, byline, publisher, published and
// modified dates, canonical address — from what the page states about itself: schema.org
// JSON-LD, OpenGraph/article:* tags, plain and citation_* meta tags, <link rel=canonical>.
//
// Why our own reader rather than a library: metascraper (the best-kept one) needs cheerio and
// @metascraper/helpers (date, language and URL packages) on top of the linkedom and Readability
// the importer already runs, and answers one field per rule set; this reader is one bounded pass
// over the document the importer has already parsed.
//
// Precedence, field by field (the first that gives a usable value wins):
//   - JSON-LD article node (NewsArticle > other Article types) — typed, about this article;
//   - OpenGraph / article:* tags — usually right, but often site-wide templates;
//   - meta name= tags (author, date, citation_*);
//   - (in extractReadable) Readability's byline and site name.
// Canonical address: <link rel=canonical> > og:url > JSON-LD url / mainEntityOfPage — the link is
// what the outlet tells search engines, JSON-LD url is the most often copied wrong.
//
// Bounds: at most MAX_JSON_LD_SCRIPTS scripts of at most MAX_JSON_LD_CHARS each are parsed, and
// at most MAX_JSON_LD_NODES nodes collected, nesting at most 6 deep.
import { stripInvalidCharacters } from './normalize-whitespace';

export type PageMetadata = {
  title: string | null;
  byline: string | null;
  publisher: string | null;
  /** ISO 8601 (UTC). */
  publishedAt: string | null;
  /** ISO 8601 (UTC). */
  modifiedAt: string | null;
  /** Absolute http(s) address. */
  canonicalUrl: string | null;
};

export const MAX_JSON_LD_SCRIPTS = 20;
export const MAX_JSON_LD_CHARS = 200_000;
export const MAX_JSON_LD_NODES = 500;

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set(['Article', 'BlogPosting', 'LiveBlogPosting', 'Report', 'SocialMediaPosting', 'TechArticle', 'ScholarlyArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle']);

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="citation_publication_date"]',
  'meta[name="citation_date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];
const MODIFIED_META = ['meta[property="article:modified_time"]', 'meta[name="article:modified_time"]', 'meta[property="og:updated_time"]', 'meta[itemprop="dateModified"]', 'meta[name="last-modified"]'];

export function readPageMetadata(document: Document, baseUrl: URL | null): PageMetadata {
  const jsonLd = findJsonLdArticle(document);
  const article = jsonLd?.article;
  const decode = (value: string | null) => decodeEntities(document, value);
  return {
    title:
      decode(stringField(article, 'headline')) ??
      readMeta(document, ['meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]', 'meta[name="citation_title"]']) ??
      cleanText(document.querySelector('title')?.textContent),
    byline:
      decode(jsonLd ? readPeopleNames(article?.['author'], jsonLd.byId) : null) ??
      cleanByline(readMeta(document, ['meta[property="article:author"]', 'meta[name="article:author"]'])) ??
      cleanByline(readMeta(document, ['meta[name="author"]', 'meta[property="author"]', 'meta[name="byl"]'])) ??
      readAllMeta(document, 'meta[name="citation_author"]'),
    publisher:
      decode(jsonLd ? readPeopleNames(article?.['publisher'], jsonLd.byId) : null) ??
      readMeta(document, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="citation_publisher"]', 'meta[name="citation_journal_title"]', 'meta[name="application-name"]']),
    publishedAt:
      normalizeDate(stringField(article, 'datePublished')) ??
      normalizeDate(readMeta(document, PUBLISHED_META)) ??
      normalizeDate(document.querySelector('time[itemprop="datePublished"][datetime]')?.getAttribute('datetime')),
    modifiedAt: normalizeDate(stringField(article, 'dateModified')) ?? normalizeDate(readMeta(document, MODIFIED_META)),
    canonicalUrl:
      httpUrl(canonicalLink(document), baseUrl) ??
      httpUrl(readMeta(document, ['meta[property="og:url"]', 'meta[name="og:url"]']), baseUrl) ??
      httpUrl(stringField(article, 'url'), baseUrl) ??
      httpUrl(mainEntityOfPage(article), baseUrl),
  };
}

function canonicalLink(document: Document): string | null {
  for (const link of Array.from(document.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) return cleanText(link.getAttribute('href'));
  }
  return null;
}

function mainEntityOfPage(article: JsonObject | undefined): string | null {
  const value = article?.['mainEntityOfPage'];
  if (typeof value === 'string') return cleanText(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const node = value as JsonObject;
    return typeof node['@id'] === 'string' ? cleanText(node['@id']) : typeof node['url'] === 'string' ? cleanText(node['url']) : null;
  }
  return null;
}

function httpUrl(value: string | null, base: URL | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href.length <= 2048 ? url.href : null;
  } catch {
    return null;
  }
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

/** Every value of a repeated tag (citation_author is one tag per author), joined as a byline. */
function readAllMeta(document: Document, selector: string): string | null {
  const names = Array.from(document.querySelectorAll(selector))
    .map((element) => cleanByline(element.getAttribute('content')))
    .filter((name): name is string => name !== null);
  const unique = [...new Set(names)].slice(0, 20);
  return unique.length > 0 ? unique.join(', ') : null;
}

type JsonLdArticle = {
  article: JsonObject;
  /** Every node with an @id, so references like {"@id": "#org"} can be followed. */
  byId: Map<string, JsonObject>;
};

export function findJsonLdArticle(document: Document): JsonLdArticle | null {
  const nodes: JsonObject[] = [];
  let scripts = 0;
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    if (++scripts > MAX_JSON_LD_SCRIPTS) break;
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    const parsed = parseJsonLoosely(text);
    if (parsed !== undefined) collectNodes(parsed, nodes, 0);
  }

  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string') byId.set(id, node);
  }

  // A NewsArticle (ReportageNewsArticle, …) beats a generic Article: pages often also
  // describe the site or a related piece as an Article. The first of the best rank wins.
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
  // JSON-LD nests freely; the bounds only protect against pathological input.
  if (depth > 6 || into.length >= MAX_JSON_LD_NODES || value === null || typeof value !== 'object') return;
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
    if (depth > 3 || item === null || item === undefined || names.length >= 20) return;
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

export function cleanText(value: string | null | undefined): string | null {
  // Metadata is stored as it comes (byline, publisher): never with NUL or other controls in it.
  const text = stripInvalidCharacters(value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

export function cleanByline(value: string | null | undefined): string | null {
  const text = cleanText(value);
  if (!text || /^https?:\/\//i.test(text)) return null;
  return cleanText(text.replace(/^by[:\s]+/i, ''));
}

export function normalizeDate(value: string | null | undefined): string | null {
  const text = cleanText(value);
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
