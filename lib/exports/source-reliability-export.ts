// Exports of sources' reliability figures (issue 15): the index (one row per
// source) and one source's profile (one row per published article), as CSV —
// through csv.ts, so formula-looking names and titles are neutralised — and as
// JSON documents that source-reliability-json-schema.ts describes. The figures
// are exactly those GET /api/sources and GET /api/sources/<id> answer.
import { toCsv, type CsvColumns, type CsvOptions } from './csv';
import { omitKeys } from './omit-keys';
import type { SourceArticleFigures, SourceDetail, SourceListItem } from '../views/source-views';

export const SOURCE_INDEX_FORMAT = 'corroborate-source-index';
export const SOURCE_PROFILE_FORMAT = 'corroborate-source-profile';
export const SOURCE_EXPORT_VERSION = 1;

/** The definitions, in words, carried by every JSON export so the numbers can be read without the README. */
export const SOURCE_RELIABILITY_DEFINITIONS =
  'Published articles only, in the projects the exporter works in. Per article, the characters under its consensus passages\' final labels at publication ' +
  '(the editor\'s verdict, else the majority label; each character once). Claim-bearing characters = claim + unsupported. ' +
  'Unsupported share = unsupported ÷ claim-bearing characters, pooled over the source\'s articles with claim-bearing text. ' +
  'Interval: 95% percentile interval of 1,000 article-level (cluster) bootstrap resamples — whole articles are resampled because passages within one article are not independent; ' +
  'seeded from the data, so it is reproducible. Below 3 articles with claim-bearing text no share or interval is given (not enough data).';

export type SourceIndexExport = {
  format: typeof SOURCE_INDEX_FORMAT;
  version: typeof SOURCE_EXPORT_VERSION;
  generatedAt: string;
  definitions: string;
  sources: SourceListItem[];
};

export type SourceProfileExport = {
  format: typeof SOURCE_PROFILE_FORMAT;
  version: typeof SOURCE_EXPORT_VERSION;
  generatedAt: string;
  definitions: string;
  source: Omit<SourceDetail, 'articleList'>;
};

export function buildSourceIndexExport(sources: readonly SourceListItem[], generatedAt: Date): SourceIndexExport {
  return { format: SOURCE_INDEX_FORMAT, version: SOURCE_EXPORT_VERSION, generatedAt: generatedAt.toISOString(), definitions: SOURCE_RELIABILITY_DEFINITIONS, sources: [...sources] };
}

/** The profile without the list of every article (drafts' titles and statuses are not figures). */
export function buildSourceProfileExport(source: SourceDetail, generatedAt: Date): SourceProfileExport {
  return { format: SOURCE_PROFILE_FORMAT, version: SOURCE_EXPORT_VERSION, generatedAt: generatedAt.toISOString(), definitions: SOURCE_RELIABILITY_DEFINITIONS, source: omitKeys(source, ['articleList']) };
}

export const SOURCE_INDEX_CSV_COLUMNS: CsvColumns<SourceListItem> = [
  { header: 'source_id', cell: (s) => s.id },
  { header: 'name', cell: (s) => s.name },
  { header: 'domains', cell: (s) => s.domains.join(' ; ') },
  { header: 'articles', cell: (s) => s.articles },
  { header: 'articles_reviewed', cell: (s) => s.reliability.articlesReviewed },
  { header: 'claim_bearing_articles', cell: (s) => s.reliability.claimBearingArticles },
  { header: 'claim_bearing_chars', cell: (s) => s.reliability.claimBearingChars },
  { header: 'unsupported_chars', cell: (s) => s.reliability.unsupportedChars },
  // Empty below the minimum: "not enough data", never a made-up number.
  { header: 'unsupported_share', cell: (s) => s.reliability.unsupportedShare },
  { header: 'interval_low', cell: (s) => s.reliability.interval?.low ?? null },
  { header: 'interval_high', cell: (s) => s.reliability.interval?.high ?? null },
  { header: 'enough_data', cell: (s) => String(s.reliability.enoughData) },
  { header: 'claims', cell: (s) => s.claims },
  { header: 'method', cell: (s) => s.reliability.method },
  { header: 'level', cell: (s) => s.reliability.level },
  { header: 'minimum_articles', cell: (s) => s.reliability.minimumArticles },
];

type ArticleRow = SourceArticleFigures & { source: Pick<SourceDetail, 'id' | 'name'> };

export const SOURCE_ARTICLE_CSV_COLUMNS: CsvColumns<ArticleRow> = [
  { header: 'source_id', cell: (a) => a.source.id },
  { header: 'source', cell: (a) => a.source.name },
  { header: 'article_id', cell: (a) => a.articleId },
  { header: 'title', cell: (a) => a.title },
  { header: 'published_at', cell: (a) => a.publishedAt },
  { header: 'verdicts_published_at', cell: (a) => a.verdictsPublishedAt },
  { header: 'claim_bearing_chars', cell: (a) => a.claimBearingChars },
  { header: 'unsupported_chars', cell: (a) => a.unsupportedChars },
  { header: 'unsupported_share', cell: (a) => a.unsupportedShare },
  { header: 'alpha', cell: (a) => a.alpha },
];

export function sourceIndexToCsv(sources: readonly SourceListItem[], options: CsvOptions = {}): string {
  return toCsv(SOURCE_INDEX_CSV_COLUMNS, sources, options);
}

export function sourceArticlesToCsv(source: SourceDetail, options: CsvOptions = {}): string {
  return toCsv(SOURCE_ARTICLE_CSV_COLUMNS, source.profile.perArticle.map((article) => ({ ...article, source: { id: source.id, name: source.name } })), options);
}
