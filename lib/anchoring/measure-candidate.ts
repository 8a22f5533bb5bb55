// Gathers the evidence for one candidate span in the new text: how close its
// text is to the quote and how well the stored context fits around it.
import { prefixSimilarity, suffixSimilarity } from './context-similarity';
import { type CandidateEvidence, positionScore, scoreCandidate } from './score-candidate';
import type { TextSelectors } from './selectors';

export type Candidate = { start: number; end: number; errors: number; evidence: CandidateEvidence; score: number };

/** `errors` = edit distance between the quote and text.slice(start, end), as the caller found it. */
export function measureCandidate(text: string, selectors: TextSelectors, start: number, end: number, errors: number): Candidate {
  const { exact, prefix, suffix } = selectors.quote;
  const evidence: CandidateEvidence = {
    quoteSimilarity: Math.max(0, 1 - errors / exact.length),
    prefixSimilarity: prefixSimilarity(text, start, prefix),
    suffixSimilarity: suffixSimilarity(text, end, suffix),
    positionScore: positionScore(start, selectors.position.start, text.length),
  };
  return { start, end, errors, evidence, score: scoreCandidate(evidence) };
}
