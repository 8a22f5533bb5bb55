import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { EXPORT_JSON_SCHEMA } from './export-json-schema';
import { buildExportAnnotation, buildExportArticle, buildExportPassage, deletePath as unset, getPath as get, setPath as set, viaJson } from './export-fixtures';
import type { ExportArticleEntry } from './export-types';
import { buildJsonExport, jsonExportArticle, jsonExportClosing, jsonExportOpening, streamJsonExport } from './json';

function compileSchema() {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(EXPORT_JSON_SCHEMA);
}

function sampleEntries(): ExportArticleEntry[] {
  const first = buildExportArticle();
  const second = buildExportArticle({ id: 'second-article', title: 'Second, with "quotes"\nand a newline', url: 'https://desk.example/corroborate/articles/second-article', publisher: null, byline: null, publishedAt: null, status: 'open', revision: 1 });
  return [
    {
      article: first,
      annotations: [
        buildExportAnnotation('"taxes fell 10%, the lowest since 1990"'),
        buildExportAnnotation('claims need sources', { id: 'a2', label: 'unsupported', confidence: null, evidence: [], anchorState: 'orphaned', revision: 1, rationale: '=HYPERLINK("x")' }),
      ],
      passages: [buildExportPassage('"taxes fell 10%, the lowest since 1990"'), buildExportPassage('nobody checked', { verdict: null, state: 'single', support: 1 }), buildExportPassage('claims need sources', { verdict: null, state: 'disputed', label: null, support: 1 })],
    },
    { article: second, annotations: [], passages: [] },
  ];
}

describe('JSON export', () => {
  const validate = compileSchema();
  const generatedAt = '2026-11-24T12:00:00.000Z';

  it('validates against its JSON Schema, nulls and all', () => {
    const valid = validate(viaJson(buildJsonExport(sampleEntries(), generatedAt)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('writes a passage without a majority (tied votes) with label null, and the schema takes it', () => {
    const parsed = viaJson(buildJsonExport(sampleEntries(), generatedAt));
    expect(get(parsed, 'articles.0.passages.2.label')).toBeNull();
    expect(validate(parsed)).toBe(true);
    set(parsed, 'articles.0.passages.2.label', 'maybe');
    expect(validate(parsed)).toBe(false);
  });

  it('nests records under their article without repeating the article fields', () => {
    const document = buildJsonExport(sampleEntries(), generatedAt);
    expect(document).toMatchObject({ format: 'corroborate-export', version: 1, generatedAt });
    const [article] = document.articles;
    expect(article!.annotations).toHaveLength(2);
    expect(article!.annotations[0]).not.toHaveProperty('articleId');
    expect(article!.annotations[0]).not.toHaveProperty('articleUrl');
    expect(article!.passages[0]).not.toHaveProperty('articleTitle');
    expect(article!.annotations[0]!.exact).toBe('"taxes fell 10%, the lowest since 1990"');
    expect(article!.passages[0]!.verdict?.ratingName).toBe('Mostly false');
  });

  it('round-trips every string exactly: quotes, newlines, emoji, surrogate pairs, HTML', () => {
    const entries = sampleEntries();
    const parsed = viaJson(buildJsonExport(entries, generatedAt));
    expect(get(parsed, 'articles.0.annotations.0.rationale')).toBe(entries[0]!.annotations[0]!.rationale);
    expect(get(parsed, 'articles.0.title')).toBe('Lab notes 🧪: the "miracle" cure, explained');
    expect(get(parsed, 'articles.1.title')).toBe('Second, with "quotes"\nand a newline');
    expect(get(parsed, 'articles.0.annotations.1.rationale')).toBe('=HYPERLINK("x")'); // JSON is data, not a spreadsheet: no escaping
  });

  it('refuses a record filed under another article', () => {
    const [entry] = sampleEntries();
    const stray = buildExportAnnotation('nobody checked', { articleId: 'elsewhere' });
    expect(() => buildJsonExport([{ ...entry!, annotations: [stray] }], generatedAt)).toThrow(RangeError);
  });

  it('streams pieces whose concatenation is the same document', async () => {
    const entries = sampleEntries();
    async function* fromDatabase() {
      for (const entry of entries) yield entry;
    }
    const chunks: string[] = [];
    for await (const chunk of streamJsonExport(fromDatabase(), generatedAt)) chunks.push(chunk);
    expect(chunks).toHaveLength(entries.length + 2);
    expect(chunks.join('')).toBe(JSON.stringify(buildJsonExport(entries, generatedAt)));
    expect(jsonExportOpening(generatedAt) + jsonExportClosing()).toBe(JSON.stringify(buildJsonExport([], generatedAt)));
    expect(jsonExportArticle(entries[1]!, 1).startsWith(',{')).toBe(true);
    expect(validate(JSON.parse(chunks.join('')))).toBe(true);
  });

  describe('the schema rejects broken documents', () => {
    const valid = () => viaJson(buildJsonExport(sampleEntries(), generatedAt));
    const cases: [string, (doc: Record<string, unknown>) => void, string][] = [
      ['an unknown label', (doc) => set(doc, 'articles.0.annotations.0.label', 'maybe'), '/articles/0/annotations/0/label'],
      ['a negative offset', (doc) => set(doc, 'articles.0.annotations.0.start', -1), '/articles/0/annotations/0/start'],
      ['a fractional offset', (doc) => set(doc, 'articles.0.passages.0.end', 1.5), '/articles/0/passages/0/end'],
      ['a missing generatedAt', (doc) => unset(doc, 'generatedAt'), ''],
      ['a date that is not RFC 3339', (doc) => set(doc, 'articles.0.annotations.0.createdAt', '21/11/2026'), '/articles/0/annotations/0/createdAt'],
      ['a relative evidence URL', (doc) => set(doc, 'articles.0.annotations.0.evidence.0.url', 'budget.html'), '/articles/0/annotations/0/evidence/0/url'],
      ['a wrong version', (doc) => set(doc, 'version', 2), '/version'],
      ['an extra field', (doc) => set(doc, 'articles.0.annotations.0.secret', 'x'), '/articles/0/annotations/0'],
      ['an empty quote', (doc) => set(doc, 'articles.0.passages.0.exact', ''), '/articles/0/passages/0/exact'],
      ['a verdict without its rating', (doc) => unset(doc, 'articles.0.passages.0.verdict.rating'), '/articles/0/passages/0/verdict'],
      ['a text hash that is not SHA-256 hex', (doc) => set(doc, 'articles.0.textHash', 'abc'), '/articles/0/textHash'],
    ];
    it.each(cases)('%s', (_name, breakIt, path) => {
      const doc = valid();
      breakIt(doc);
      expect(validate(doc)).toBe(false);
      // The document was valid before, so every error comes from the breakage; it must point at the broken place.
      expect(validate.errors?.some((error) => error.instancePath === path || error.instancePath.startsWith(`${path}/`))).toBe(true);
    });
  });
});
