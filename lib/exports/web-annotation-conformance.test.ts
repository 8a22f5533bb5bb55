import { describe, expect, it } from 'vitest';
import { buildExportAnnotation, deletePath as unset, FIXTURE_TEXT, getPath as get, setPath as set, viaJson } from './export-fixtures';
import { annotationCollection, annotationPage, toWebAnnotation } from './web-annotation';
import { annotationCollectionViolations, annotationPageViolations, webAnnotationViolations, type Violation } from './web-annotation-conformance';

const text = FIXTURE_TEXT;
type Doc = Record<string, unknown>;

function ours(): Doc {
  return viaJson(toWebAnnotation(buildExportAnnotation('"taxes fell 10%, the lowest since 1990"'), { text }));
}

const num = (doc: Doc, path: string) => get(doc, path) as number;

function rules(violations: Violation[]): string[] {
  return violations.map((violation) => `${violation.level} ${violation.rule} @${violation.path}`);
}

describe('webAnnotationViolations', () => {
  it('finds nothing wrong with our output', () => {
    expect(webAnnotationViolations(ours(), { text })).toEqual([]);
  });

  const cases: [string, (doc: Doc) => unknown, string][] = [
    ['a missing @context', (doc) => unset(doc, '@context'), 'MUST context @@context'],
    ['another context only', (doc) => set(doc, '@context', 'https://schema.org'), 'MUST context @@context'],
    ['a one-element context array', (doc) => set(doc, '@context', [doc['@context']]), 'MUST context-single-string @@context'],
    ['a missing id', (doc) => unset(doc, 'id'), 'MUST annotation-id @id'],
    ['a relative id', (doc) => set(doc, 'id', '/annotations/1'), 'MUST annotation-id @id'],
    ['two ids', (doc) => set(doc, 'id', [doc.id, doc.id]), 'MUST annotation-id @id'],
    ['two canonical IRIs', (doc) => set(doc, 'canonical', ['urn:x:1', 'urn:x:2']), 'MUST canonical-iri @canonical'],
    ['a relative canonical', (doc) => set(doc, 'canonical', 'anno/1'), 'MUST canonical-iri @canonical'],
    ['a via that is not an IRI', (doc) => set(doc, 'via', ['urn:x:1', 'not an iri']), 'MUST via-iri @via[1]'],
    ['a type that is not Annotation', (doc) => set(doc, 'type', 'Note'), 'MUST annotation-type @type'],
    ['no target', (doc) => unset(doc, 'target'), 'MUST target-present @target'],
    ['a target without a source', (doc) => unset(doc, 'target.source'), 'MUST specific-resource-source @target.source'],
    ['a target object that is neither specific nor identified', (doc) => set(doc, 'target', { type: 'Text' }), 'MUST external-resource-id @target.id'],
    ['a TextualBody without value', (doc) => unset(doc, 'body.0.value'), 'MUST textual-body-value @body[0].value'],
    ['a TextualBody with two values', (doc) => set(doc, 'body.1.value', ['a', 'b']), 'MUST textual-body-value @body[1].value'],
    ['a linking body without source', (doc) => unset(doc, 'body.2.source'), 'MUST specific-resource-source @body[2].source'],
    ['a purpose on an External Web Resource', (doc) => set(doc, 'body.2', { id: 'https://stats.example/x', purpose: 'linking' }), 'MUST purpose-needs-specific-resource @body[2].purpose'],
    ['a purpose not in the Motivation list', (doc) => set(doc, 'body.0.purpose', 'labelling'), 'SHOULD purpose-motivation @body[0].purpose'],
    ['a motivation not in the list', (doc) => set(doc, 'motivation', 'fact-checking'), 'SHOULD motivation-value @motivation'],
    ['body and bodyValue together', (doc) => set(doc, 'bodyValue', 'x'), 'MUST body-and-bodyvalue @bodyValue'],
    ['a created date without Z', (doc) => set(doc, 'created', '2026-11-21T10:00:00+01:00'), 'MUST datetime-utc @created'],
    ['a modified date that is not a dateTime', (doc) => set(doc, 'modified', '21/11/2026'), 'MUST datetime-utc @modified'],
    ['two created dates', (doc) => set(doc, 'created', [doc.created, doc.created]), 'MUST datetime-single @created'],
    ['an impossible date', (doc) => set(doc, 'created', '2026-02-31T10:00:00Z'), 'MUST datetime-utc @created'],
    ['a creator id that is not an IRI', (doc) => set(doc, 'creator.id', 'user 1'), 'MUST agent-id @creator.id'],
    ['a creator that is neither IRI nor object', (doc) => set(doc, 'creator', 42), 'MUST agent-iri @creator'],
    ['a creator of no agent class', (doc) => set(doc, 'creator.type', 'User'), 'SHOULD agent-type @creator.type'],
    ['a TextQuoteSelector without exact', (doc) => unset(doc, 'target.selector.1.exact'), 'MUST quote-exact @target.selector[1].exact'],
    ['a TextQuoteSelector with two prefixes', (doc) => set(doc, 'target.selector.1.prefix', ['a', 'b']), 'MUST quote-context-single @target.selector[1].prefix'],
    ['a selector with two types', (doc) => set(doc, 'target.selector.1.type', ['TextQuoteSelector', 'Selector']), 'MUST selector-type-single @target.selector[1].type'],
    ['a negative start', (doc) => set(doc, 'target.selector.0.start', -1), 'MUST position-integer @target.selector[0].start'],
    ['a fractional end', (doc) => set(doc, 'target.selector.0.end', 10.5), 'MUST position-integer @target.selector[0].end'],
    ['a missing end', (doc) => unset(doc, 'target.selector.0.end'), 'MUST position-integer @target.selector[0].end'],
    ['start after end', (doc) => { const [start, end] = [num(doc, 'target.selector.0.start'), num(doc, 'target.selector.0.end')]; set(doc, 'target.selector.0.start', end); set(doc, 'target.selector.0.end', start); }, 'MUST position-order @target.selector[0]'],
    ['a textDirection outside ltr/rtl/auto', (doc) => set(doc, 'body.1.textDirection', 'down'), 'MUST text-direction @body[1].textDirection'],
    ['rights that are not an IRI', (doc) => set(doc, 'rights', 'all rights reserved'), 'MUST rights-iri @rights'],
    ['UTF-16 offsets instead of code points', (doc) => { set(doc, 'target.selector.0.start', num(doc, 'target.selector.0.start') + 1); set(doc, 'target.selector.0.end', num(doc, 'target.selector.0.end') + 1); }, 'TEXT quote-at-position @target'],
    ['a quote that is not the text', (doc) => set(doc, 'target.selector.1.exact', 'taxes rose'), 'TEXT quote-at-position @target'],
    ['a prefix that is not before the quote', (doc) => set(doc, 'target.selector.1.prefix', 'elsewhere'), 'TEXT prefix-before-quote @target'],
    ['a suffix that is not after the quote', (doc) => set(doc, 'target.selector.1.suffix', 'elsewhere'), 'TEXT suffix-after-quote @target'],
    ['a position beyond the text', (doc) => { set(doc, 'target.selector.0.start', 9_000); set(doc, 'target.selector.0.end', 9_001); }, 'TEXT position-in-text @target'],
    ['a lone quote not in the text', (doc) => set(doc, 'target.selector', [{ type: 'TextQuoteSelector', exact: 'not there' }]), 'TEXT quote-in-text @target'],
  ];

  it.each(cases)('catches %s', (_name, breakIt, expected) => {
    const doc = ours();
    breakIt(doc);
    expect(rules(webAnnotationViolations(doc, { text }))).toContain(expected);
  });

  it('skips the TEXT checks without a text, and flags a document that is not an object', () => {
    const doc = ours();
    set(doc, 'target.selector.1.exact', 'taxes rose');
    expect(webAnnotationViolations(doc)).toEqual([]);
    expect(rules(webAnnotationViolations('annotation'))).toEqual(['MUST annotation-object @']);
  });

  it('accepts the Recommendation\'s own minimal examples', () => {
    expect(webAnnotationViolations({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'http://example.org/anno1', type: 'Annotation', motivation: 'commenting', body: 'http://example.org/post1', target: 'http://example.com/page1' })).toEqual([]);
    expect(webAnnotationViolations({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'http://example.org/anno6', type: 'Annotation', motivation: 'commenting', bodyValue: 'Comment text', target: 'http://example.org/target1' })).toEqual([]);
  });
});

describe('collection and page checks', () => {
  const items = [toWebAnnotation(buildExportAnnotation('nobody checked'), { text })];
  const collectionId = 'https://desk.example/c/';

  it('catch a page without items, a missing next link, a bad startIndex and an item that breaks the model', () => {
    const page = viaJson(annotationPage({ collection: { id: collectionId, total: 3 }, pageSize: 1, page: 1, items }));
    expect(annotationPageViolations(page, { text })).toEqual([]);
    const broken = { ...page, items: [] };
    expect(rules(annotationPageViolations(broken))).toContain('MUST page-items @items');
    const noNext = { ...page };
    unset(noNext, 'next');
    expect(rules(annotationPageViolations(noNext))).toContain('MUST page-next @next');
    expect(rules(annotationPageViolations({ ...page, startIndex: -2 }))).toContain('MUST page-start-index @startIndex');
    const badItem = viaJson(page);
    unset(badItem, 'items.0.target');
    expect(rules(annotationPageViolations(badItem))).toContain('MUST target-present @items[0].target');
    expect(rules(annotationPageViolations({ ...page, '@context': undefined }))).toContain('MUST context @@context');
  });

  it('catch a collection with annotations but no first page, a bad total and an embedded page with a context', () => {
    const collection: Doc = annotationCollection({ id: collectionId, label: 'All', total: 2, pageSize: 10 });
    expect(rules(annotationCollectionViolations({ ...collection, first: undefined }))).toContain('MUST collection-first @first');
    expect(rules(annotationCollectionViolations({ ...collection, total: -1 }))).toContain('MUST collection-total @total');
    expect(rules(annotationCollectionViolations({ ...collection, type: 'Collection' }))).toContain('MUST collection-type @type');
    expect(rules(annotationCollectionViolations({ ...collection, label: 7 }))).toContain('MUST collection-label @label');
    const page = annotationPage({ collection: { id: collectionId, total: 1 }, pageSize: 10, page: 0, items });
    expect(rules(annotationCollectionViolations({ ...collection, total: 1, first: page }))).toContain('SHOULD embedded-page-context @first.@context');
  });
});
