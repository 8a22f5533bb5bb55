import { describe, expect, it } from 'vitest';
import { choosePlace } from './choose-place';
import { type CandidateEvidence, scoreCandidate } from './score-candidate';
import { DEFAULT_THRESHOLDS } from './thresholds';

const perfect: CandidateEvidence = { quoteSimilarity: 1, prefixSimilarity: 1, suffixSimilarity: 1, positionScore: 1 };
const place = (name: string, evidence: Partial<CandidateEvidence>) => {
  const full = { ...perfect, ...evidence };
  return { name, evidence: full, score: scoreCandidate(full) };
};
const byScore = <T extends { score: number }>(places: T[]) => [...places].sort((a, b) => b.score - a.score);
const { margin } = DEFAULT_THRESHOLDS;

describe('choosePlace', () => {
  it('takes a lone place, and nothing from no places', () => {
    expect(choosePlace([place('only', { prefixSimilarity: 0.3 })], margin)?.name).toBe('only');
    expect(choosePlace([], margin)).toBeNull();
  });

  it('takes the best when it leads every other place by the margin', () => {
    const places = byScore([place('a', { prefixSimilarity: 0.9 }), place('b', { prefixSimilarity: 0.4, suffixSimilarity: 0.5 })]);
    expect(choosePlace(places, margin)?.name).toBe('a');
  });

  it('declines between places with merely similar contexts', () => {
    const places = byScore([place('a', { prefixSimilarity: 0.9, suffixSimilarity: 0.9 }), place('b', { prefixSimilarity: 0.85, suffixSimilarity: 0.9 })]);
    expect(choosePlace(places, margin)).toBeNull();
  });

  it('takes the only place with a verbatim context, even if position ranks it second', () => {
    const places = byScore([place('near, one character off', { prefixSimilarity: 31 / 32 }), place('far, verbatim', { positionScore: 0.2 })]);
    expect(places[0]!.name).toBe('near, one character off');
    expect(choosePlace(places, margin)?.name).toBe('far, verbatim');
  });

  it('declines between two places with verbatim contexts, whatever their positions', () => {
    const places = byScore([place('near', { positionScore: 1 }), place('far', { positionScore: 0 })]);
    expect(places[0]!.score - places[1]!.score).toBeGreaterThan(0);
    expect(choosePlace(places, margin)).toBeNull();
  });
});
