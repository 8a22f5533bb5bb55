// JSON Schemas (draft 2020-12) of the sources' reliability exports, version 1:
// the index and one source's profile. Closed objects, as export-json-schema.ts
// has them, so a field added without the schema is caught by the tests that
// validate real output. Not expressible here, guaranteed by the code: share =
// unsupported ÷ claim-bearing, low ≤ share ≤ high, and share and interval are
// null exactly when enoughData is false.
import { LABELS, SIGNAL_SCALES } from '../vocabulary';
import { SOURCE_EXPORT_VERSION, SOURCE_INDEX_FORMAT, SOURCE_PROFILE_FORMAT } from './source-reliability-export';

const nullable = <T extends object>(schema: T) => ({ anyOf: [{ type: 'null' }, schema] }) as const;
const count = { type: 'integer', minimum: 0 } as const;
const share = { type: 'number', minimum: 0, maximum: 1 } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const id = { type: 'string', minLength: 1 } as const;
const closed = <P extends Record<string, unknown>>(properties: P) => ({ type: 'object', additionalProperties: false, required: Object.keys(properties), properties }) as const;

const interval = closed({ low: share, high: share });
const reliability = closed({
  method: { const: 'article-bootstrap' },
  level: { const: 0.95 },
  minimumArticles: { const: 3 },
  articlesReviewed: count,
  claimBearingArticles: count,
  claimBearingChars: count,
  unsupportedChars: count,
  unsupportedShare: nullable(share),
  interval: nullable(interval),
  enoughData: { type: 'boolean' },
});
const listItem = { id, name: { type: 'string' }, domains: { type: 'array', items: { type: 'string' } }, articles: count, reliability: { $ref: '#/$defs/reliability' }, claims: count };
const labelMix = closed(Object.fromEntries(LABELS.map((label) => [label, closed({ passages: count, characters: count })])));
const alpha = nullable({ type: 'number', minimum: -1, maximum: 1 });
const profile = closed({
  labelMix,
  perArticle: {
    type: 'array',
    items: closed({ articleId: id, title: { type: 'string' }, publishedAt: nullable(dateTime), verdictsPublishedAt: nullable(dateTime), claimBearingChars: count, unsupportedChars: count, unsupportedShare: nullable(share), alpha }),
  },
  trend: { type: 'array', items: closed({ period: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$' }, articles: count, claimBearingArticles: count, unsupportedShare: nullable(share), interval: nullable({ $ref: '#/$defs/interval' }) }) },
  claims: {
    type: 'array',
    items: closed({ claimId: id, text: { type: 'string' }, verdict: nullable(closed({ rating: { type: 'string' }, ratingName: { type: 'string' }, ratingValue: nullable({ type: 'number' }) })), appearances: { type: 'integer', minimum: 1 } }),
  },
  agreement: closed({ articles: count, median: alpha, mean: alpha, min: alpha, max: alpha }),
  signals: {
    type: 'array',
    items: closed({ key: id, question: { type: 'string' }, scale: { enum: SIGNAL_SCALES }, articles: count, consensus: { type: 'array', items: closed({ value: { type: 'string' }, label: { type: 'string' }, count }) }, noMajority: count }),
  },
});

const header = (format: string) => ({ format: { const: format }, version: { const: SOURCE_EXPORT_VERSION }, generatedAt: dateTime, definitions: { type: 'string' } });

export const SOURCE_INDEX_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:corroborate:schema:source-index:1',
  title: 'Corroborate sources index',
  description: 'Every source with its reliability figures from the published articles in the exporter\'s projects.',
  ...closed({ ...header(SOURCE_INDEX_FORMAT), sources: { type: 'array', items: closed(listItem) } }),
  $defs: { reliability, interval },
} as const;

export const SOURCE_PROFILE_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:corroborate:schema:source-profile:1',
  title: 'Corroborate source reliability profile',
  description: 'One source\'s reliability profile from the published articles in the exporter\'s projects.',
  ...closed({ ...header(SOURCE_PROFILE_FORMAT), source: closed({ ...listItem, country: nullable({ type: 'string' }), notes: nullable({ type: 'string' }), profile }) }),
  $defs: { reliability, interval },
} as const;
