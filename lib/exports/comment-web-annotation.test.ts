import { describe, expect, it } from 'vitest';
import { toCommentWebAnnotationItem } from './comment-web-annotation';
import type { ExportComment } from './export-types';
import { ANNO_CONTEXT } from './web-annotation-vocabulary';
import { webAnnotationViolations } from './web-annotation-conformance';

const TEXT = 'Headline 🧪\nThe minister said taxes fell.';
const ARTICLE = { url: 'https://news.example/story', text: TEXT };
const EXACT = 'taxes fell';
const START = TEXT.indexOf(EXACT);

function comment(fields: Partial<ExportComment>): ExportComment {
  return {
    id: '6f1c2a57-0000-4000-8000-000000000001',
    parentId: null,
    author: { id: '6f1c2a57-0000-4000-8000-0000000000aa', name: 'Edda Editor' },
    body: 'Is this sourced?',
    mentions: [],
    start: null,
    end: null,
    exact: null,
    prefix: null,
    suffix: null,
    revision: null,
    resolvedAt: null,
    resolvedBy: null,
    createdAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-01-02T03:04:05.000Z',
    ...fields,
  };
}

const violations = (item: object) => webAnnotationViolations({ '@context': ANNO_CONTEXT, ...item }, { text: TEXT });

describe('toCommentWebAnnotationItem', () => {
  it('makes a passage thread a replying annotation on the passage, positions in code points, and conformant', () => {
    const item = toCommentWebAnnotationItem(comment({ start: START, end: START + EXACT.length, exact: EXACT, prefix: 'minister said ', suffix: '.', revision: 1 }), ARTICLE);
    expect(item).toMatchObject({
      id: 'urn:uuid:6f1c2a57-0000-4000-8000-000000000001',
      motivation: 'replying',
      body: [{ type: 'TextualBody', purpose: 'replying', value: 'Is this sourced?', format: 'text/plain' }],
      target: { type: 'SpecificResource', source: ARTICLE.url, selector: [{ type: 'TextPositionSelector', start: START - 1, end: START - 1 + EXACT.length }, { type: 'TextQuoteSelector', exact: EXACT }] },
    });
    expect(violations(item)).toEqual([]);
  });

  it('targets the article itself for a thread on the whole article, and the parent for a reply', () => {
    const whole = toCommentWebAnnotationItem(comment({}), ARTICLE);
    expect(whole.target).toBe(ARTICLE.url);
    expect(violations(whole)).toEqual([]);
    const reply = toCommentWebAnnotationItem(comment({ id: '6f1c2a57-0000-4000-8000-000000000002', parentId: '6f1c2a57-0000-4000-8000-000000000001', start: START, end: START + 3, exact: 'tax' }), ARTICLE);
    expect(reply.target).toBe('urn:uuid:6f1c2a57-0000-4000-8000-000000000001');
    expect(violations(reply)).toEqual([]);
  });

  it('keeps only the quote where the text has changed under the offsets', () => {
    const item = toCommentWebAnnotationItem(comment({ start: 0, end: 5, exact: 'Gone!', prefix: '', suffix: '' }), ARTICLE);
    expect(item.target).toEqual({ type: 'SpecificResource', source: ARTICLE.url, selector: [{ type: 'TextQuoteSelector', exact: 'Gone!', prefix: '', suffix: '' }] });
  });
});
