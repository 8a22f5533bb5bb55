import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sourceReliability } from '../consensus/source-reliability';
import type { SourceDetail, SourceListItem } from '../views/source-views';
import { buildSourceIndexExport, buildSourceProfileExport, sourceArticlesToCsv, sourceIndexToCsv } from './source-reliability-export';
import { SOURCE_INDEX_JSON_SCHEMA, SOURCE_PROFILE_JSON_SCHEMA } from './source-reliability-json-schema';

const chars = (claim: number, unsupported: number) => ({ claim, opinion: 5, unsupported });
const articles = [
  { articleId: 'a1', charsByLabel: chars(80, 20) },
  { articleId: 'a2', charsByLabel: chars(40, 60) },
  { articleId: 'a3', charsByLabel: chars(90, 10) },
];

const item = (overrides: Partial<SourceListItem> = {}): SourceListItem => ({
  id: 's1',
  name: '=HYPERLINK("evil")',
  domains: ['example.com', 'example.org'],
  articles: 4,
  reliability: sourceReliability(articles),
  claims: 2,
  ...overrides,
});

const detail: SourceDetail = {
  ...item(),
  country: null,
  notes: 'Wire service',
  articleList: [],
  profile: {
    labelMix: { claim: { passages: 3, characters: 210 }, opinion: { passages: 3, characters: 15 }, unsupported: { passages: 3, characters: 90 } },
    perArticle: [
      { articleId: 'a1', title: '-1 for the budget', publishedAt: '2025-01-02T00:00:00.000Z', verdictsPublishedAt: '2026-01-01T00:00:00.000Z', claimBearingChars: 100, unsupportedChars: 20, unsupportedShare: 0.2, alpha: 0.81 },
      { articleId: 'a4', title: 'Opinion only', publishedAt: null, verdictsPublishedAt: '2026-01-01T00:00:00.000Z', claimBearingChars: 0, unsupportedChars: 0, unsupportedShare: null, alpha: null },
    ],
    trend: [{ period: '2025-01', articles: 3, claimBearingArticles: 3, unsupportedShare: 0.3, interval: { low: 0.1, high: 0.6 } }],
    claims: [{ claimId: 'c1', text: 'Taxes fell', verdict: { rating: 'false', ratingName: 'False', ratingValue: 1 }, appearances: 2 }, { claimId: 'c2', text: 'Open', verdict: null, appearances: 1 }],
    agreement: { articles: 1, median: 0.81, mean: 0.81, min: 0.81, max: 0.81 },
    signals: [{ key: 'headline', question: 'Does the headline match?', scale: 'nominal', articles: 1, consensus: [{ value: 'yes', label: 'Yes', count: 1 }], noMajority: 0 }],
  },
};

function validator(schema: object) {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('source reliability exports', () => {
  it('writes the index as JSON the schema accepts, with and without enough data', () => {
    const validate = validator(SOURCE_INDEX_JSON_SCHEMA);
    const document = JSON.parse(JSON.stringify(buildSourceIndexExport([item(), item({ id: 's2', name: 'Few', reliability: sourceReliability(articles.slice(0, 1)) })], new Date('2026-01-01T00:00:00Z'))));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(validator(SOURCE_INDEX_JSON_SCHEMA)({ ...document, extra: 1 })).toBe(false);
  });

  it('writes a profile as JSON the schema accepts, without the list of every article', () => {
    const validate = validator(SOURCE_PROFILE_JSON_SCHEMA);
    const document = JSON.parse(JSON.stringify(buildSourceProfileExport(detail, new Date('2026-01-01T00:00:00Z'))));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.source.articleList).toBeUndefined();
  });

  it('writes CSV with formula-looking cells neutralised and empty cells where a figure is not defined', () => {
    const index = Papa.parse<string[]>(sourceIndexToCsv([item({ reliability: sourceReliability([]) })]).trim()).data;
    expect(index[0]).toContain('unsupported_share');
    const row = Object.fromEntries(index[0]!.map((header, i) => [header, index[1]![i]]));
    expect(row).toMatchObject({ name: `'=HYPERLINK("evil")`, unsupported_share: '', interval_low: '', enough_data: 'false', domains: 'example.com ; example.org' });

    const rows = Papa.parse<string[]>(sourceArticlesToCsv(detail).trim()).data;
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['s1', `'=HYPERLINK("evil")`, 'a1', "'-1 for the budget", '2025-01-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '100', '20', '0.2', '0.81']);
    expect(rows[2]!.slice(6)).toEqual(['0', '0', '', '']);
  });
});
