import { describe, expect, it } from 'vitest';
import { claimScore, normalizeClaimText } from './claim-text';

describe('normalizeClaimText', () => {
  it('folds case, typographic quotes, dashes and whitespace', () => {
    expect(normalizeClaimText('  Russia’s\n“Troops”  in\u00a0Iran — now ')).toBe('russia\'s "troops" in iran - now');
  });
});

describe('claimScore', () => {
  it('is the mean of the two measures, kept in [0, 1]', () => {
    expect(claimScore(1, 1)).toBe(1);
    expect(claimScore(0.5, 0.25)).toBe(0.375);
    expect(claimScore(2, -1)).toBe(0.5);
    expect(claimScore(Number.NaN, 0.5)).toBe(0.25);
  });
});
