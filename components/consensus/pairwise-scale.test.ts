import { describe, expect, it } from 'vitest';
import { kappaBand, reviewerPairs, UNDEFINED_BAND } from './pairwise-scale';

describe('kappaBand', () => {
  it('puts values in the Landis & Koch bands, boundaries going up', () => {
    expect(kappaBand(1).name).toMatch(/almost perfect/);
    expect(kappaBand(0.8).name).toMatch(/almost perfect/);
    expect(kappaBand(0.79).name).toMatch(/substantial/);
    expect(kappaBand(0.41).name).toMatch(/moderate/);
    expect(kappaBand(0.2).name).toMatch(/fair/);
    expect(kappaBand(0).name).toMatch(/slight/);
    expect(kappaBand(-0.3).name).toMatch(/below 0/);
  });
  it('never invents a band for a missing value', () => {
    expect(kappaBand(null)).toBe(UNDEFINED_BAND);
    expect(kappaBand(Number.NaN)).toBe(UNDEFINED_BAND);
  });
});

describe('reviewerPairs', () => {
  it('lists each unordered pair once', () => {
    expect(reviewerPairs(3)).toEqual([[0, 1], [0, 2], [1, 2]]);
    expect(reviewerPairs(1)).toEqual([]);
  });
});
