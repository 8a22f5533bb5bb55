import { describe, expect, it } from 'vitest';
import { buildExportAnnotation, FIXTURE_TEXT } from './export-fixtures';
import { toWebAnnotationItem } from './web-annotation';
import { annotationCollection, annotationPage } from './web-annotation-collection';
import { annotationCollectionViolations } from './web-annotation-conformance';
import { webAnnotationExportFrame, webAnnotationExportItems } from './web-annotation-export';

const ID = 'https://desk.example/api/exports?format=jsonld';

describe('the streamed W3C export', () => {
  it('equals the collection built in one go, item by item', () => {
    const items = ['the "miracle" cure', 'taxes fell 10%', 'nobody checked'].map((quote, index) => toWebAnnotationItem(buildExportAnnotation(quote, { id: `0000000${index}-0000-4000-8000-000000000000` }), { text: FIXTURE_TEXT }));
    const frame = webAnnotationExportFrame({ id: ID, label: 'Export', total: items.length });
    // Written in runs as the export writes batches: the first alone, then the rest, then an empty run.
    const streamed = frame.opening + webAnnotationExportItems(items.slice(0, 1), 0) + webAnnotationExportItems(items.slice(1), 1) + webAnnotationExportItems([], 2) + frame.closing;
    const pageIri = () => `${ID}#all`;
    const page = annotationPage({ collection: { id: ID, label: 'Export', total: 3 }, page: 0, pageSize: 3, pageIri, items });
    expect(JSON.parse(streamed)).toEqual(annotationCollection({ id: ID, label: 'Export', total: 3, pageSize: 3, pageIri, firstPage: page }));
    const parsed = JSON.parse(streamed) as { first: { items: unknown[] } };
    expect(parsed.first.items).toHaveLength(3);
    expect(annotationCollectionViolations(parsed, { text: FIXTURE_TEXT }).filter((violation) => violation.level === 'MUST')).toEqual([]);
  });

  it('is a valid empty collection without pages when there is nothing to export', () => {
    const frame = webAnnotationExportFrame({ id: ID, label: 'Export', total: 0 });
    expect(JSON.parse(frame.opening + frame.closing)).toMatchObject({ type: ['BasicContainer', 'AnnotationCollection'], total: 0 });
    expect(JSON.parse(frame.opening)).not.toHaveProperty('first');
  });
});
