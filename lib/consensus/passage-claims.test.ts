import { describe, expect, it } from 'vitest';
import { type ArticleClaimAppearance, claimsOfSpan, placedAppearances, ruledClaims } from './passage-claims';

const TEXT = 'Taxes fell 10% last year. Crime rose. Taxes fell again.';
const ruling = { rating: 'false', ratingName: 'False', ratingValue: 0, explanation: 'They rose.', at: '2026-01-02T00:00:00.000Z' };

function appearance(exact: string, claimId: string, overrides: Partial<ArticleClaimAppearance> = {}): ArticleClaimAppearance {
  const start = TEXT.indexOf(exact);
  return { start, end: start + exact.length, exact, revision: 2, claim: { id: claimId, text: `claim ${claimId}`, verdict: null }, ...overrides };
}

describe('placedAppearances', () => {
  it('keeps appearances of the current revision and older ones whose quote still stands at its offsets', () => {
    const current = appearance('Crime rose.', 'a');
    const olderSame = appearance('Taxes fell 10%', 'b', { revision: 1 });
    const olderMoved = { ...appearance('Taxes fell again.', 'c', { revision: 1 }), start: 0, end: 17 };
    expect(placedAppearances([current, olderSame, olderMoved], { text: TEXT, revision: 2 })).toEqual([current, olderSame]);
  });
});

describe('claimsOfSpan', () => {
  it('gives every claim an overlapping appearance is of, once each', () => {
    const appearances = [appearance('Taxes fell 10%', 'a'), appearance('fell 10% last year', 'a'), appearance('last year.', 'b'), appearance('Crime rose.', 'c')];
    expect(claimsOfSpan({ start: 0, end: 25 }, appearances).map((claim) => claim.id)).toEqual(['a', 'b']);
  });

  it('does not count spans that only touch', () => {
    const crime = appearance('Crime rose.', 'c');
    expect(claimsOfSpan({ start: 0, end: crime.start }, [crime])).toEqual([]);
  });
});

describe('ruledClaims', () => {
  it('keeps only the claims with a verdict', () => {
    const claims = [{ id: 'a', text: 'A', verdict: null }, { id: 'b', text: 'B', verdict: ruling }];
    expect(ruledClaims(claims)).toEqual([claims[1]]);
  });
});
