// The simple-majority consensus of one passage: how many reviewers chose each
// label, the winning label, its support and the passage's state.
//
// - label: the label with more votes than every other label; null when two or
//   more labels share the most votes (1–1–1, 2–2): a tie is not a majority, and
//   no tie-break (covered characters, list order) may pass for one.
// - support: the most votes any label has (the winner's, or each tied label's);
//   confidence: support / votes cast here.
// - state: 'single' when exactly one reviewer marked the passage; else
//   'agreed' when there is a label and its support reaches the quorum; else
//   'disputed' (every tie is disputed, whatever the quorum).
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

export function majorityConsensus(passage: { votes: readonly PassageVote[] }, reviewers: number, quorum: number): MajorityOutcome {
  const labelCounts = countsByLabel();
  for (const vote of passage.votes) labelCounts[vote.label] += 1;
  const support = Math.max(...LABELS.map((candidate) => labelCounts[candidate]));
  const leaders = LABELS.filter((candidate) => labelCounts[candidate] === support);
  const label: Label | null = support > 0 && leaders.length === 1 ? leaders[0]! : null;
  const votes = passage.votes.length;
  const state = votes === 1 ? 'single' : label !== null && support >= quorum ? 'agreed' : 'disputed';
  return { labelCounts, label, support, reviewers, confidence: votes === 0 ? 0 : support / votes, state };
}
