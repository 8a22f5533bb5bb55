// When the data can carry reliability-weighted (Dawid–Skene) results, with the
// reason for each number. Below the rule, passages' `weighted` and reviewers'
// `reliability` are null and `ConsensusResult.weighting` says why, so no
// "probability > 99.9 %" is ever shown from a handful of passages.
import type { DawidSkeneSupport, ReliabilityData } from './types';

/**
 * Contested passages: those with votes from two or more reviewers. Only they
 * tell the EM anything about a reviewer's errors (a lone vote agrees with
 * itself). Each reviewer's confusion matrix has 6 free parameters (3 labels ×
 * 2), plus 2 for the label priors; with 10 such passages each of the three
 * labels can be expected to be the truth in about three of them, so every row
 * of a confusion matrix rests on more than one or two cases. Below that the
 * EM fits the few votes it has and its posteriors run to 0 or 1: near-certainty
 * from almost no evidence. 10 is a floor, not a guarantee, which is why the
 * figures always say how many passages they rest on.
 */
export const DAWID_SKENE_MIN_PASSAGES = 10;

/**
 * Reviewers who labelled a contested passage. With two, a disagreement has
 * no tie-breaker: the model cannot tell which of the two erred (their
 * reliabilities are mirror images and the weighted label follows the prior
 * class frequencies). A third reviewer's votes are what make the error rates
 * identifiable.
 */
export const DAWID_SKENE_MIN_REVIEWERS = 3;

/** Counts the contested passages and their reviewers, and applies the rule above. */
export function dawidSkeneSupport(data: ReliabilityData): DawidSkeneSupport {
  const { units, coders, values } = data;
  const reviewing = new Uint8Array(coders);
  let passages = 0;
  for (let unit = 0, row = 0; unit < units; unit++, row += coders) {
    let votes = 0;
    for (let coder = 0; coder < coders; coder++) if (values[row + coder]! >= 0) votes++;
    if (votes < 2) continue;
    passages++;
    for (let coder = 0; coder < coders; coder++) if (values[row + coder]! >= 0) reviewing[coder] = 1;
  }
  const reviewers = reviewing.reduce((sum, flag) => sum + flag, 0);
  const base = { passages, reviewers, minPassages: DAWID_SKENE_MIN_PASSAGES, minReviewers: DAWID_SKENE_MIN_REVIEWERS };
  const short: string[] = [];
  if (passages < DAWID_SKENE_MIN_PASSAGES) short.push(`at least ${DAWID_SKENE_MIN_PASSAGES} passages with two or more votes (there ${passages === 1 ? 'is' : 'are'} ${passages})`);
  if (reviewers < DAWID_SKENE_MIN_REVIEWERS) short.push(`at least ${DAWID_SKENE_MIN_REVIEWERS} reviewers voting on them (there ${reviewers === 1 ? 'is' : 'are'} ${reviewers})`);
  if (short.length === 0) return { ...base, computed: true };
  return { ...base, computed: false, note: `Reliability weighting needs ${short.join(' and ')}; with fewer, its estimates would be near-certain from almost no evidence.` };
}
