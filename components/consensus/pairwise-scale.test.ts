import { describe, expect, it } from 'vitest';
import { kappaBand, reviewerPairs, UNDEFINED_BAND } from './pairwise-scale';

describe('kappaBand', () => {
  it('puts values in the Landis & Koch bands, boundaries going up', () => {
    expect(kappaBand(1).key).toBe('almostPerfect');
    expect(kappaBand(0.8).key).toBe('almostPerfect');
    expect(kappaBand(0.79).key).toBe('substantial');
    expect(kappaBand(0.41).key).toBe('moderate');
    expect(kappaBand(0.2).key).toBe('fair');
    expect(kappaBand(0).key).toBe('slight');
    expect(kappaBand(-0.3).key).toBe('belowZero');
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
