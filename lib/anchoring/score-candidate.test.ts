import { describe, expect, it } from 'vitest';
import { contextIntact, contextScore, positionScore, SCORE_WEIGHTS, scoreCandidate, weakestContextSide } from './score-candidate';
import { DEFAULT_THRESHOLDS } from './thresholds';

const perfect = { quoteSimilarity: 1, prefixSimilarity: 1, suffixSimilarity: 1, positionScore: 1 };

describe('scoreCandidate', () => {
  it('is 1 for a perfect candidate and 0 for nothing', () => {
    expect(scoreCandidate(perfect)).toBe(1);
    expect(scoreCandidate({ quoteSimilarity: 0, prefixSimilarity: 0, suffixSimilarity: 0, positionScore: 0 })).toBe(0);
  });

  it('weights the quote most, the contexts next, the position least', () => {
    const total = SCORE_WEIGHTS.quote + SCORE_WEIGHTS.prefix + SCORE_WEIGHTS.suffix + SCORE_WEIGHTS.position;
    expect(scoreCandidate({ ...perfect, quoteSimilarity: 0.9 })).toBeCloseTo(1 - (0.1 * 50) / total);
    expect(scoreCandidate({ ...perfect, prefixSimilarity: 0.5 })).toBeCloseTo(1 - (0.5 * 20) / total);
    expect(scoreCandidate({ ...perfect, quoteSimilarity: 0.9 })).toBeLessThan(scoreCandidate({ ...perfect, suffixSimilarity: 0.9 }));
  });

  it('drops a context side that was never stored instead of counting it', () => {
    const noPrefix = { ...perfect, prefixSimilarity: null, suffixSimilarity: 0.5 };
    const total = SCORE_WEIGHTS.quote + SCORE_WEIGHTS.suffix + SCORE_WEIGHTS.position;
    expect(scoreCandidate(noPrefix)).toBeCloseTo(1 - (0.5 * 20) / total);
    expect(scoreCandidate({ ...perfect, prefixSimilarity: null, suffixSimilarity: null })).toBe(1);
  });

  it('lets position decide nothing on its own: its whole range is below the margin', () => {
    const near = scoreCandidate({ ...perfect, positionScore: 1 });
    const far = scoreCandidate({ ...perfect, positionScore: 0 });
    expect(near - far).toBeLessThan(DEFAULT_THRESHOLDS.margin);
  });

  it('ranks candidates in the order of their quote, then context, similarity', () => {
    const scores = [1, 0.95, 0.9, 0.8].map((quoteSimilarity) => scoreCandidate({ ...perfect, quoteSimilarity }));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const contexts = [1, 0.8, 0.5, 0.2].map((prefixSimilarity) => scoreCandidate({ ...perfect, prefixSimilarity }));
    expect([...contexts].sort((a, b) => b - a)).toEqual(contexts);
  });
});

describe('context and position helpers', () => {
  it('averages and picks the weaker stored side', () => {
    const evidence = { ...perfect, prefixSimilarity: 0.4, suffixSimilarity: 0.8 };
    expect(contextScore(evidence)).toBeCloseTo(0.6);
    expect(weakestContextSide(evidence)).toBe(0.4);
    expect(contextScore({ ...perfect, prefixSimilarity: null, suffixSimilarity: null })).toBeNull();
    expect(weakestContextSide({ ...perfect, prefixSimilarity: null })).toBe(1);
  });

  it('scores position relative to the text length', () => {
    expect(positionScore(100, 100, 1000)).toBe(1);
    expect(positionScore(0, 500, 1000)).toBe(0.5);
    expect(positionScore(5000, 0, 1000)).toBe(0);
    expect(positionScore(0, 0, 0)).toBe(1);
  });
});

describe('contextIntact', () => {
  it('knows when the context is intact', () => {
    expect(contextIntact(perfect)).toBe(true);
    expect(contextIntact({ ...perfect, prefixSimilarity: null })).toBe(true);
    expect(contextIntact({ ...perfect, prefixSimilarity: null, suffixSimilarity: null })).toBe(false);
    expect(contextIntact({ ...perfect, suffixSimilarity: 0.97 })).toBe(false);
  });
});
