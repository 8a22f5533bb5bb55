// The export formats as the download menus offer them.
export const EXPORT_FORMAT_OPTIONS = [
  { value: 'csv', name: 'Annotations (CSV)', hint: 'one row per annotation; opens in a spreadsheet' },
  { value: 'passages.csv', name: 'Consensus passages (CSV)', hint: 'one row per passage with its verdict' },
  { value: 'json', name: 'Everything (JSON)', hint: 'articles with annotations and passages; JSON Schema at /api/exports/schema.json' },
  { value: 'jsonld', name: 'W3C Web Annotation (JSON-LD)', hint: 'for annotation tools and archives' },
  { value: 'claimreview', name: 'ClaimReview (JSON-LD)', hint: 'published verdicts, ready to embed in fact-check pages' },
] as const;
