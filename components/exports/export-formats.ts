// The export formats as the download menus offer them: the value the API takes and
// the key of its name and description in the exports catalogue (exports.format.<key>).
export const EXPORT_FORMAT_OPTIONS = [
  { value: 'csv', key: 'csv' },
  { value: 'passages.csv', key: 'passagesCsv' },
  { value: 'json', key: 'json' },
  { value: 'jsonld', key: 'jsonld' },
  { value: 'claimreview', key: 'claimreview' },
] as const;
