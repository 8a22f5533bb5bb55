// The score of one candidate place for a quote in the new text, as a pure
// function of the evidence, so the weighting can be tested and tuned apart
// from the search that finds candidates.

/** What is known about one candidate; every similarity is in [0, 1], 1 = identical. */
export type CandidateEvidence = {
  /** 1 − edits / quote length between the stored quote and the candidate's text. */
  quoteSimilarity: number;
  /** How well the stored prefix ends exactly at the candidate's start; null when no prefix was stored (span at the start of the text). */
  prefixSimilarity: number | null;
  /** How well the stored suffix starts exactly at the candidate's end; null when no suffix was stored (span at the end of the text). */
  suffixSimilarity: number | null;
  /** 1 at the old offset, falling linearly to 0 a whole text length away. */
  positionScore: number;
};

/**
 * Weights of the parts of the score (Hypothesis's proportions). The quote
 * counts most; the two contexts together almost as much, because they are what
 * tells repeated phrases and look-alikes apart; position is only a nudge: its
 * whole range (2/92 ≈ 0.022) is below the margin a winner needs, so closeness
 * to the old offset can add to the evidence but never decide on its own.
 */
export const SCORE_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/**
 * Weighted mean of the evidence in [0, 1]. A missing context side is left out
 * (and the weights renormalised) rather than counted as 0 or 1: the span was
 * at an edge of the old text, which says nothing about any candidate.
 */
export function scoreCandidate(evidence: CandidateEvidence): number {
  let total = SCORE_WEIGHTS.quote * evidence.quoteSimilarity + SCORE_WEIGHTS.position * evidence.positionScore;
  let weight = SCORE_WEIGHTS.quote + SCORE_WEIGHTS.position;
  if (evidence.prefixSimilarity !== null) {
    total += SCORE_WEIGHTS.prefix * evidence.prefixSimilarity;
    weight += SCORE_WEIGHTS.prefix;
  }
  if (evidence.suffixSimilarity !== null) {
    total += SCORE_WEIGHTS.suffix * evidence.suffixSimilarity;
    weight += SCORE_WEIGHTS.suffix;
  }
  return total / weight;
}

/** Mean similarity of the context sides that were stored; null when neither was (the quote was the whole text). */
export function contextScore(evidence: CandidateEvidence): number | null {
  const sides = [evidence.prefixSimilarity, evidence.suffixSimilarity].filter((side): side is number => side !== null);
  if (sides.length === 0) return null;
  return sides.reduce((sum, side) => sum + side, 0) / sides.length;
}

/** The weaker of the stored context sides; null when neither was stored. */
export function weakestContextSide(evidence: CandidateEvidence): number | null {
  const sides = [evidence.prefixSimilarity, evidence.suffixSimilarity].filter((side): side is number => side !== null);
  return sides.length === 0 ? null : Math.min(...sides);
}

/** Closeness of a candidate's start to the old start, relative to the new text's length. */
export function positionScore(start: number, oldStart: number, textLength: number): number {
  if (textLength <= 0) return 1;
  return Math.max(0, 1 - Math.abs(start - oldStart) / textLength);
}

/** Every stored context side is there verbatim (false when no context was stored). */
export function contextIntact(evidence: CandidateEvidence): boolean {
  const sides = [evidence.prefixSimilarity, evidence.suffixSimilarity].filter((side): side is number => side !== null);
  return sides.length > 0 && sides.every((side) => side === 1);
}

