import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from './code-points';
import { buildExportAnnotation, FIXTURE_TEXT } from './export-fixtures';
import { annotationCollection, annotationPage, ANNO_CONTEXT, pageIri, parseWebAnnotation, PROTOCOL_CONTEXT, toWebAnnotation, toWebAnnotationItem } from './web-annotation';
import { annotationCollectionViolations, annotationPageViolations, webAnnotationViolations } from './web-annotation-conformance';

const text = FIXTURE_TEXT;
const quoted = '"taxes fell 10%, the lowest since 1990"';

describe('toWebAnnotation', () => {
  it('emits the label, rationale and evidence as bodies and the span as both selectors', () => {
    const annotation = buildExportAnnotation(quoted);
    const json = toWebAnnotation(annotation, { text });
    expect(json['@context']).toBe(ANNO_CONTEXT);
    expect(json).toMatchObject({ id: annotation.iri, type: 'Annotation', motivation: 'classifying', created: '2026-11-21T10:00:00.000Z', modified: '2026-11-22T11:30:15.250Z' });
    expect(json.creator).toEqual({ id: 'urn:uuid:5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f', type: 'Person', name: 'Ana "Fact" Müller' });
    expect(json.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
      { type: 'TextualBody', purpose: 'commenting', value: annotation.rationale, format: 'text/plain' },
      { type: 'SpecificResource', purpose: 'linking', source: { id: 'https://stats.example/budget?year=2025&table=4', label: 'Budget, table 4 (final)' } },
      { type: 'SpecificResource', purpose: 'linking', source: { id: 'https://archive.example/report' } },
    ]);
    expect(json.target.type).toBe('SpecificResource');
    expect(json.target.source).toBe(annotation.articleUrl);
    expect(json.target.selector[1]).toEqual({ type: 'TextQuoteSelector', exact: quoted, prefix: annotation.prefix, suffix: annotation.suffix });
  });

  it('counts positions in code points, so the emoji before the span does not shift it', () => {
    const annotation = buildExportAnnotation(quoted);
    const [position] = toWebAnnotation(annotation, { text }).target.selector;
    expect(position).toEqual({ type: 'TextPositionSelector', start: annotation.start - 1, end: annotation.end - 1 }); // one 🧪 before it
    if (position?.type !== 'TextPositionSelector') throw new Error('expected the position selector first');
    expect(sliceCodePoints(text, position.start, position.end)).toBe(quoted);
    const later = buildExportAnnotation('claims need sources');
    const [laterPosition] = toWebAnnotation(later, { text }).target.selector;
    expect(laterPosition).toMatchObject({ start: later.start - 4, end: later.end - 4 }); // 🧪, 👩, 🔬 and 𝔘 before it
  });

  it('passes the conformance check with no violations, text checks included', () => {
    for (const exact of [quoted, 'nobody checked', 'claims need sources', '<b>bold</b>']) {
      expect(webAnnotationViolations(toWebAnnotation(buildExportAnnotation(exact), { text }), { text })).toEqual([]);
    }
  });

  it('keeps each article\'s positions right when annotations on different texts interleave', () => {
    const texts = Array.from({ length: 10 }, (_, n) => `${'🧪'.repeat(n)} para ${n}: nobody checked`);
    for (let round = 0; round < 3; round += 1) {
      texts.forEach((articleText, n) => {
        const json = toWebAnnotation(buildExportAnnotation('nobody checked', {}, articleText), { text: articleText });
        expect(json.target.selector[0]).toMatchObject({ start: articleText.indexOf('nobody') - n });
        expect(webAnnotationViolations(json, { text: articleText })).toEqual([]);
      });
    }
  });

  it('leaves out an empty rationale and keeps HTML-looking rationale as plain text', () => {
    const bare = toWebAnnotation(buildExportAnnotation('nobody checked', { rationale: '   ', evidence: [] }), { text });
    expect(bare.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }]);
    const html = toWebAnnotation(buildExportAnnotation('nobody checked', { rationale: '<img src=x onerror=alert(1)>' }), { text });
    expect(html.body[1]).toEqual({ type: 'TextualBody', purpose: 'commenting', value: '<img src=x onerror=alert(1)>', format: 'text/plain' });
  });

  it('gives an orphan, or a quote that does not match the text, only its quote', () => {
    const orphan = toWebAnnotation(buildExportAnnotation(quoted, { anchorState: 'orphaned' }), { text });
    expect(orphan.target.selector.map((selector) => selector.type)).toEqual(['TextQuoteSelector']);
    const stale = toWebAnnotation(buildExportAnnotation(quoted), { text: text.replace('taxes', 'rates') });
    expect(stale.target.selector.map((selector) => selector.type)).toEqual(['TextQuoteSelector']);
    expect(webAnnotationViolations(orphan, { text })).toEqual([]);
  });

  it('writes dates in UTC with Z and omits a creator IRI for ids that are not UUIDs', () => {
    const json = toWebAnnotation(buildExportAnnotation('nobody checked', { createdAt: '2026-11-21T11:00:00+01:00', reviewer: { id: 'seed-user', name: 'Seed' } }), { text });
    expect(json.created).toBe('2026-11-21T10:00:00.000Z');
    expect(json.creator).toEqual({ type: 'Person', name: 'Seed' });
  });

  it('round-trips through parseWebAnnotation', () => {
    const annotation = buildExportAnnotation(quoted, { label: 'unsupported' });
    const parsed = parseWebAnnotation(JSON.parse(JSON.stringify(toWebAnnotation(annotation, { text }))), { text });
    expect(parsed).toEqual({
      ok: true,
      annotation: {
        label: 'unsupported',
        start: annotation.start,
        end: annotation.end,
        exact: quoted,
        rationale: annotation.rationale,
        evidence: annotation.evidence.map(({ url, title }) => (title ? { url, title } : { url })),
        source: annotation.articleUrl,
        id: annotation.iri,
        canonical: null,
        via: [],
      },
    });
  });

  it('carries canonical and via only when a client gave them: one via as a string, several as an array', () => {
    const plain = toWebAnnotation(buildExportAnnotation(quoted), { text });
    expect(plain).not.toHaveProperty('canonical');
    expect(plain).not.toHaveProperty('via');
    const one = toWebAnnotation(buildExportAnnotation(quoted, { canonical: 'urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df', via: ['https://other.example/anno1'] }), { text });
    expect(one).toMatchObject({ canonical: 'urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df', via: 'https://other.example/anno1' });
    const several = toWebAnnotation(buildExportAnnotation(quoted, { via: ['https://a.example/1', 'https://b.example/2'] }), { text });
    expect(several.via).toEqual(['https://a.example/1', 'https://b.example/2']);
    expect(webAnnotationViolations(one, { text })).toEqual([]);
    const parsed = parseWebAnnotation(JSON.parse(JSON.stringify(several)), { text });
    expect(parsed.ok && parsed.annotation.via).toEqual(['https://a.example/1', 'https://b.example/2']);
  });
});

describe('Web Annotation Protocol containers', () => {
  const collectionId = 'https://desk.example/corroborate/articles/a1/annotations/?iris=0';
  const items = ['nobody checked', quoted, 'claims need sources'].map((exact, index) => toWebAnnotation(buildExportAnnotation(exact, { id: `00000000-0000-4000-8000-00000000000${index}`, iri: `https://desk.example/corroborate/annotations/${index}` }), { text }));

  it('describes a collection with its first and last page', () => {
    const collection = annotationCollection({ id: collectionId, label: 'Annotations on "Lab notes"', total: 3, pageSize: 2, modified: '2026-11-22T11:30:15.250Z' });
    expect(collection).toEqual({
      '@context': [...PROTOCOL_CONTEXT],
      id: collectionId,
      type: ['BasicContainer', 'AnnotationCollection'],
      label: 'Annotations on "Lab notes"',
      total: 3,
      modified: '2026-11-22T11:30:15.250Z',
      first: pageIri(collectionId, 0),
      last: pageIri(collectionId, 1),
    });
    expect(pageIri(collectionId, 1)).toBe('https://desk.example/corroborate/articles/a1/annotations/?iris=0&page=1');
    expect(annotationCollectionViolations(collection)).toEqual([]);
  });

  it('pages with startIndex, next and prev, items without their own context', () => {
    const collection = { id: collectionId, label: 'Annotations', total: 3 };
    const first = annotationPage({ collection, pageSize: 2, page: 0, items: items.slice(0, 2) });
    const last = annotationPage({ collection, pageSize: 2, page: 1, items: items.slice(2) });
    expect(first).toMatchObject({ '@context': [...PROTOCOL_CONTEXT], type: 'AnnotationPage', id: pageIri(collectionId, 0), startIndex: 0, next: pageIri(collectionId, 1), partOf: collection });
    expect(first).not.toHaveProperty('prev');
    expect(last).toMatchObject({ startIndex: 2, prev: pageIri(collectionId, 0) });
    expect(last).not.toHaveProperty('next');
    expect(first.items[0]).not.toHaveProperty('@context');
    expect(annotationPageViolations(first, { text })).toEqual([]);
    expect(annotationPageViolations(last, { text })).toEqual([]);
  });

  it('embeds the first page without a context, and lists IRIs when asked for them', () => {
    const firstPage = annotationPage({ collection: { id: collectionId, total: 3 }, pageSize: 5, page: 0, items: items.map((item) => item.id) });
    expect(firstPage.items).toEqual(items.map((item) => item.id));
    const collection = annotationCollection({ id: collectionId, label: 'Annotations', total: 3, pageSize: 5, firstPage });
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', id: pageIri(collectionId, 0) });
    expect(collection.first).not.toHaveProperty('@context');
    expect(annotationCollectionViolations(collection)).toEqual([]);
  });

  it('has no pages when empty, and refuses pages that cannot exist', () => {
    const empty = annotationCollection({ id: collectionId, label: 'Nothing yet', total: 0, pageSize: 20 });
    expect(empty).not.toHaveProperty('first');
    expect(empty).not.toHaveProperty('last');
    expect(annotationCollectionViolations(empty)).toEqual([]);
    const collection = { id: collectionId, total: 3 };
    expect(() => annotationPage({ collection, pageSize: 2, page: 2, items: items.slice(0, 1) })).toThrow(RangeError);
    expect(() => annotationPage({ collection, pageSize: 2, page: 0, items: [] })).toThrow(RangeError);
    expect(() => annotationPage({ collection, pageSize: 2, page: 0, items })).toThrow(RangeError);
    expect(() => annotationCollection({ id: collectionId, label: 'x', total: 1, pageSize: 0 })).toThrow(RangeError);
  });

  it('uses a custom page IRI scheme when given one', () => {
    const iri = (page: number) => `https://desk.example/c/p/${page}`;
    const page = annotationPage({ collection: { id: collectionId, total: 3 }, pageSize: 1, page: 1, items: [toWebAnnotationItem(buildExportAnnotation('nobody checked'), { text })], pageIri: iri });
    expect(page).toMatchObject({ id: iri(1), prev: iri(0), next: iri(2), startIndex: 1 });
  });
});
