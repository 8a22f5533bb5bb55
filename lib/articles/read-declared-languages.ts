// The languages a news page says it is in, most specific first: the article's own
// JSON-LD inLanguage, then the page's <html lang>, og:locale and Content-Language.
// detectLanguage (detect-language.ts) takes the first that fits the text's script;
// a site-wide template's "en" over an Arabic article is skipped there.
import { findJsonLdArticle } from './read-page-metadata';

const MAX_DECLARATIONS = 8;

function inLanguage(value: unknown): string | null {
  if (typeof value === 'string') return value;
  // schema.org allows a Language node: { "@type": "Language", "name": "Persian", "alternateName": "fa" }.
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const alternate = (value as Record<string, unknown>)['alternateName'];
    return typeof alternate === 'string' ? alternate : null;
  }
  if (Array.isArray(value)) return inLanguage(value[0]);
  return null;
}

export function readDeclaredLanguages(document: Document): string[] {
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? null;
  const declared = [
    inLanguage(findJsonLdArticle(document)?.article['inLanguage']),
    document.documentElement?.getAttribute('lang') ?? null,
    document.documentElement?.getAttribute('xml:lang') ?? null,
    meta('meta[property="og:locale"]') ?? meta('meta[name="og:locale"]'),
    // Content-Language may list several ("fa, en"): the first is the page's.
    meta('meta[http-equiv="content-language"], meta[http-equiv="Content-Language"]')?.split(',')[0] ?? null,
    meta('meta[name="language"]'),
  ];
  return declared.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '').slice(0, MAX_DECLARATIONS);
}
