import { describe, expect, it } from 'vitest';
import type { AnnotationView } from '../views/annotation-views';
import type { VerdictView } from '../views/consensus-views';
import { annotationIri, resolveUnder, toExportAnnotation, toExportArticle, toExportPassage, workbenchArticleUrl } from './export-records';

const base = 'https://desk.example/corroborate';

const view: AnnotationView = {
  id: 'ann-1',
  articleId: 'art-1',
  author: { id: 'u1', name: 'Ana' },
  mine: true,
  label: 'opinion',
  start: 3,
  end: 9,
  exact: 'quoted',
  prefix: 'a ',
  suffix: ' b',
  revision: 2,
  selectors: { position: { type: 'TextPositionSelector', start: 3, end: 9 }, quote: { type: 'TextQuoteSelector', exact: 'quoted', prefix: 'a ', suffix: ' b' } },
  rationale: 'why',
  evidence: [{ url: 'https://e.example/1', title: 'One' }],
  confidence: 'low',
  anchorState: 'reanchored',
  canonical: 'urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  via: ['https://other.example/anno/7'],
  version: 4,
  createdAt: '2026-11-21T10:00:00.000Z',
  updatedAt: '2026-11-21T11:00:00.000Z',
  deletedAt: null,
};

describe('export records', () => {
  it('mints IRIs under the base path, prefix kept and ids escaped', () => {
    expect(annotationIri(base, 'ann-1')).toBe('https://desk.example/corroborate/annotations/ann-1');
    expect(annotationIri(`${base}/`, 'a/b')).toBe('https://desk.example/corroborate/annotations/a%2Fb');
    expect(workbenchArticleUrl(base, 'art-1')).toBe('https://desk.example/corroborate/articles/art-1');
    expect(resolveUnder('https://desk.example', '/x')).toBe('https://desk.example/x');
  });

  it('uses the source URL for an article when it has one, else its workbench page', () => {
    const article = { id: 'art-1', title: 'T', sourceUrl: null, publisher: null, source: null, byline: null, publishedAt: null, status: 'open' as const, revision: 2, textHash: 'f'.repeat(64), language: 'en', direction: 'ltr' as const };
    expect(toExportArticle(article, base).url).toBe('https://desk.example/corroborate/articles/art-1');
    expect(toExportArticle({ ...article, sourceUrl: 'https://news.example/s' }, base).url).toBe('https://news.example/s');
  });

  it('copies an annotation view without the UI-only fields', () => {
    const record = toExportAnnotation(view, { id: 'art-1', title: 'T', url: 'https://news.example/s' }, base);
    expect(record).toEqual({
      id: 'ann-1',
      articleId: 'art-1',
      articleTitle: 'T',
      articleUrl: 'https://news.example/s',
      reviewer: { id: 'u1', name: 'Ana' },
      label: 'opinion',
      start: 3,
      end: 9,
      exact: 'quoted',
      prefix: 'a ',
      suffix: ' b',
      revision: 2,
      rationale: 'why',
      evidence: [{ url: 'https://e.example/1', title: 'One' }],
      confidence: 'low',
      anchorState: 'reanchored',
      createdAt: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T11:00:00.000Z',
      iri: 'https://desk.example/corroborate/annotations/ann-1',
      canonical: 'urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      via: ['https://other.example/anno/7'],
    });
    expect(record.evidence[0]).not.toBe(view.evidence[0]);
    expect(record.via).not.toBe(view.via);
  });

  it('carries a passage with its verdict, naming the editor', () => {
    const verdict: VerdictView = {
      id: 'v1', passageKey: '3-9', start: 3, end: 9, exact: 'quoted', label: 'claim', rating: 'false', ratingName: 'False', ratingValue: 1,
      explanation: 'no', claimant: null, appearanceUrl: null, claimDate: null, acceptedConsensus: false, editor: { id: 'e1', name: 'Ed' }, version: 1,
      createdAt: '2026-11-22T10:00:00.000Z', updatedAt: '2026-11-22T10:05:00.000Z',
    };
    const passage = { id: '3-9', start: 3, end: 9, exact: 'quoted', label: 'opinion' as const, support: 1, reviewers: 2, state: 'disputed' as const };
    expect(toExportPassage(passage, { id: 'art-1', title: 'T' }, verdict)).toEqual({
      articleId: 'art-1', articleTitle: 'T', id: '3-9', start: 3, end: 9, exact: 'quoted', label: 'opinion', support: 1, reviewers: 2, state: 'disputed',
      verdict: { label: 'claim', rating: 'false', ratingName: 'False', ratingValue: 1, explanation: 'no', claimant: null, appearanceUrl: null, claimDate: null, editorName: 'Ed', updatedAt: '2026-11-22T10:05:00.000Z' },
      claims: [],
    });
    expect(toExportPassage(passage, { id: 'art-1', title: 'T' }, null).verdict).toBeNull();
  });

  it('carries the claims a passage is an appearance of, with copies of their verdicts', () => {
    const ruling = { rating: 'false', ratingName: 'False', ratingValue: 1, explanation: 'no', at: '2026-11-22T10:00:00.000Z' };
    const claims = [{ id: 'c1', text: 'Claim', verdict: ruling }, { id: 'c2', text: 'Other', verdict: null }];
    const passage = { id: '3-9', start: 3, end: 9, exact: 'quoted', label: 'opinion' as const, support: 1, reviewers: 2, state: 'disputed' as const };
    const exported = toExportPassage(passage, { id: 'art-1', title: 'T' }, null, claims);
    expect(exported.claims).toEqual(claims);
    expect(exported.claims[0]!.verdict).not.toBe(ruling);
  });
});
