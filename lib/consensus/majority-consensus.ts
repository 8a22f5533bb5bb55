// The simple-majority consensus of one passage: how many reviewers chose each
// label, the winning label, its support and the passage's state.
//
// - label: the label with most votes; a tie goes to the tied label whose spans
//   in the passage cover more characters (span lengths summed), then to the
//   first in LABELS order (claim, opinion, unsupported).
// - support: votes for that label; confidence: support / votes cast here.
// - state: 'single' when exactly one reviewer marked the passage; else
//   'agreed' when support reaches the quorum; else 'disputed'.
// - quorum: by default a strict majority of the submitted reviewers and at
//   least two, max(2, floor(n / 2) + 1). A reviewer who did not mark the
//   passage counts against agreement: "3 of 5" needs three of all five.
import { countsByLabel } from './group-passages';
import { LABELS, type Label, type Passage, type PassageVote } from './types';

export type MajorityOutcome = Pick<Passage, 'labelCounts' | 'label' | 'support' | 'reviewers' | 'confidence' | 'state'>;

export function defaultQuorum(reviewers: number): number {
  return Math.max(2, Math.floor(reviewers / 2) + 1);
}

/** The quorum in force: a given positive number (rounded up), else the default for n reviewers. */
export function resolveQuorum(quorum: number | undefined, reviewers: number): number {
  if (quorum === undefined || !Number.isFinite(quorum) || quorum < 1) return defaultQuorum(reviewers);
  return Math.ceil(quorum);
}

export function majorityConsensus(
  passage: { votes: readonly PassageVote[]; spanChars: Record<Label, number> },
  reviewers: number,
  quorum: number,
): MajorityOutcome {
  const labelCounts = countsByLabel();
  for (const vote of passage.votes) labelCounts[vote.label] += 1;
  let label: Label = LABELS[0]!;
  for (const candidate of LABELS.slice(1)) {
    const more = labelCounts[candidate] - labelCounts[label];
    if (more > 0 || (more === 0 && passage.spanChars[candidate] > passage.spanChars[label])) label = candidate;
  }
  const votes = passage.votes.length;
  const support = labelCounts[label];
  const state = votes === 1 ? 'single' : support >= quorum ? 'agreed' : 'disputed';
  return { labelCounts, label, support, reviewers, confidence: votes === 0 ? 0 : support / votes, state };
}
