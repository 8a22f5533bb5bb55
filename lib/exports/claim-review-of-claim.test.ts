import { describe, expect, it } from 'vitest';
import { claimReviewProblems } from './claim-review';
import { claimReviewOfClaim, type ClaimReviewOfClaimInput } from './claim-review-of-claim';

const SCALE = [
  { key: 'true', name: 'True', value: 5 },
  { key: 'false', name: 'False', value: 1 },
];

function input(overrides: Partial<ClaimReviewOfClaimInput> = {}): ClaimReviewOfClaimInput {
  return {
    claim: { id: 'c1', text: 'Russian troops are in Iran', verdict: { rating: 'false', ratingName: 'False', ratingValue: 1, explanation: 'No deployment is documented.', by: { id: 'u', name: 'Edda' }, at: '2026-12-01T10:00:00.000Z' } },
    appearances: [
      { articleId: 'a2', articleTitle: 'Later piece', source: { id: null, name: 'Wire' }, publishedAt: '2026-11-20T00:00:00.000Z', createdAt: '2026-11-30T00:00:00.000Z', url: 'https://news.example/later' },
      { articleId: 'a1', articleTitle: 'Earlier piece', source: null, publishedAt: '2026-11-02T00:00:00.000Z', createdAt: '2026-12-01T00:00:00.000Z', url: 'https://blog.example/earlier' },
      { articleId: 'a1', articleTitle: 'Earlier piece', source: null, publishedAt: '2026-11-02T00:00:00.000Z', createdAt: '2026-12-01T01:00:00.000Z', url: 'https://blog.example/earlier' },
      { articleId: 'a3', articleTitle: 'Undated', source: null, publishedAt: null, createdAt: '2026-11-01T00:00:00.000Z', url: 'https://x.example/undated' },
    ],
    newsroom: { name: 'Desk', url: 'https://desk.example/' },
    ratingScale: SCALE,
    url: 'https://desk.example/claims/c1',
    ...overrides,
  };
}

describe('claimReviewOfClaim', () => {
  it('lists each article the claim appears in once, and the earliest published as the first appearance', () => {
    const doc = claimReviewOfClaim(input());
    const claim = doc.itemReviewed as unknown as { appearance: { url: string; publisher?: { name: string } }[]; firstAppearance: { url: string }; datePublished: string };
    expect(claim.appearance.map((work) => work.url)).toEqual(['https://news.example/later', 'https://blog.example/earlier', 'https://x.example/undated']);
    expect(claim.appearance[0]!.publisher).toEqual({ '@type': 'Organization', name: 'Wire' });
    expect(claim.appearance[1]!.publisher).toBeUndefined();
    expect(claim.firstAppearance.url).toBe('https://blog.example/earlier');
    expect(claim.datePublished).toBe('2026-11-02T00:00:00.000Z');
    expect(doc).toMatchObject({ claimReviewed: 'Russian troops are in Iran', url: 'https://desk.example/claims/c1', reviewRating: { alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1, ratingExplanation: 'No deployment is documented.' } });
  });

  it('passes the ClaimReview checks with nothing required missing', () => {
    expect(claimReviewProblems(JSON.parse(JSON.stringify(claimReviewOfClaim(input())))).filter((problem) => problem.level === 'required')).toEqual([]);
  });

  it('has no first appearance when no appearance is visible, and the checker says a link is recommended', () => {
    const doc = claimReviewOfClaim(input({ appearances: [] }));
    expect((doc.itemReviewed as unknown as { appearance: unknown[] }).appearance).toEqual([]);
    expect((doc.itemReviewed as unknown as { firstAppearance?: unknown }).firstAppearance).toBeUndefined();
    expect(claimReviewProblems(doc).map((problem) => problem.property)).toContain('itemReviewed.appearance');
  });
});
