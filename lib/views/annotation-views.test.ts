// The article page sends annotations as the workspace reads them: what it shows and edits, and nothing else.
import { describe, expect, it } from 'vitest';
import { type AnnotationView, toWorkspaceAnnotation } from './annotation-views';

const view: AnnotationView = {
  id: 'a1',
  articleId: 'art',
  author: { id: 'u1', name: 'Rita' },
  mine: false,
  label: 'claim',
  start: 4,
  end: 10,
  exact: 'Moscow',
  prefix: 'The ',
  suffix: ' sent',
  revision: 2,
  selectors: { position: { type: 'TextPositionSelector', start: 4, end: 10 }, quote: { type: 'TextQuoteSelector', exact: 'Moscow', prefix: 'The ', suffix: ' sent' } },
  rationale: 'Named by two wires.',
  evidence: [{ url: 'https://example.org/a', title: 'Wire' }],
  confidence: 'high',
  anchorState: 'reanchored',
  canonical: 'urn:x',
  via: ['urn:y'],
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  deletedAt: null,
};

describe('toWorkspaceAnnotation', () => {
  it('keeps what the workspace reads and leaves out the selectors, context, identity and dates', () => {
    expect(toWorkspaceAnnotation(view)).toEqual({
      id: 'a1',
      author: { id: 'u1', name: 'Rita' },
      mine: false,
      label: 'claim',
      start: 4,
      end: 10,
      exact: 'Moscow',
      rationale: 'Named by two wires.',
      evidence: [{ url: 'https://example.org/a', title: 'Wire' }],
      confidence: 'high',
      anchorState: 'reanchored',
      version: 3,
    });
  });
});
