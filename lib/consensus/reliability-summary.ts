// An article's reliability summary, derived from its passages' final labels
// (the editor's verdict where there is one, else the majority): counts by
// label and by state, characters and shares of the text by label, the share
// of claim-bearing text that is unsupported, and the agreement figure; with
// the formulas in words for display beside them.
//
// A character counts once. Passages' extents can overlap (two spans that
// overlap by less than the grouping ratio stay in separate passages, and a
// passage reaches as far as its longest span), so a character inside several
// passages counts under the one with the most votes; on a tie, the earlier one.
import { countsByLabel } from './group-passages';
import type { Label, Passage, PassageState, ReliabilitySummary } from './types';

type Extent = Pick<Passage, 'start' | 'end' | 'votes' | 'finalLabel'>;

/** Characters under each final label, each character counted once (see above). Passages in text order. */
export function charactersByFinalLabel(passages: readonly Extent[]): Record<Label, number> {
  const chars = countsByLabel();
  const cuts = [...new Set(passages.flatMap((passage) => [passage.start, passage.end]))].sort((x, y) => x - y);
  let open: Extent[] = [];
  let next = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c]!;
    // Kept in text order, so the strict comparison below leaves a tie to the earlier passage.
    open = open.filter((passage) => passage.end > from);
    while (next < passages.length && passages[next]!.start <= from) open.push(passages[next++]!);
    const owner = open.reduce<Extent | null>((best, passage) => (best === null || passage.votes.length > best.votes.length ? passage : best), null);
    if (owner && owner.finalLabel !== null) chars[owner.finalLabel] += cuts[c + 1]! - from;
  }
  return chars;
}

function describe(textLength: number, overlapRatio: number, quorum: number): string {
  const percent = Math.round(overlapRatio * 100);
  return [
    `Passages: reviewers' highlights that overlap by at least ${percent}% of the shorter one are one passage.`,
    `A passage's label is the editor's verdict where there is one, otherwise the label chosen by more reviewers than any other; where labels tie for the most votes there is no majority, and until an editor decides, that passage's characters count under no label.`,
    `Agreed: at least ${quorum} reviewers chose that label; disputed: fewer; single: only one reviewer marked it.`,
    `Characters by label: the characters inside passages with that label, each character counted once.`,
    `Share of the text = those characters ÷ the article's ${textLength} characters.`,
    `Unsupported share of claims = unsupported characters ÷ (claim characters + unsupported characters).`,
    `Agreement (Krippendorff's alpha): 1 means the reviewers agree completely on the passages' labels, 0 no more than chance; a reviewer who did not mark a passage is left out of that passage, not counted as disagreeing.`,
  ].join(' ');
}

export type SummaryInput = {
  textLength: number;
  reviewers: number;
  /** In text order, with finalLabel set (verdicts matched). */
  passages: readonly Passage[];
  alpha: number | null;
  overlapRatio: number;
  quorum: number;
};

export function summariseReliability({ textLength, reviewers, passages, alpha, overlapRatio, quorum }: SummaryInput): ReliabilitySummary {
  const passagesByLabel = countsByLabel();
  const passagesByState: Record<PassageState, number> = { agreed: 0, disputed: 0, single: 0 };
  let passagesWithoutMajority = 0;
  for (const passage of passages) {
    if (passage.finalLabel === null) passagesWithoutMajority += 1;
    else passagesByLabel[passage.finalLabel] += 1;
    passagesByState[passage.state] += 1;
  }
  const charsByLabel = charactersByFinalLabel(passages);
  const share = (chars: number) => (textLength > 0 ? chars / textLength : 0);
  const claimBearing = charsByLabel.claim + charsByLabel.unsupported;
  return {
    textLength,
    reviewers,
    passages: passages.length,
    passagesByLabel,
    passagesWithoutMajority,
    passagesByState,
    charsByLabel,
    shareByLabel: { claim: share(charsByLabel.claim), opinion: share(charsByLabel.opinion), unsupported: share(charsByLabel.unsupported) },
    unsupportedShareOfClaims: claimBearing > 0 ? charsByLabel.unsupported / claimBearing : null,
    alpha,
    formula: describe(textLength, overlapRatio, quorum),
  };
}
