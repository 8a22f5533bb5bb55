// Every reason a figure of lib/consensus gives for a value or interval it
// cannot define, each under a stable code. The API carries the English text
// (`note`, `intervalNote`: its contract); the interface finds the code of a
// note with figureNoteCode and words it in the editor's language
// (consensus.figureNote.<code>), falling back to the English text.
export const FIGURE_NOTES = {
  needsTwoSubmitted: 'Needs at least two submitted reviewers.',
  notDefinedForReviews: 'Not defined for these reviews.',
  noIntervalUndefinedFigure: 'No interval: the figure itself is not defined.',
  noIntervalForReviews: 'No interval for these reviews.',
  notBootstrapped: 'Intervals were not computed for this request.',
  alphaUNoInterval: 'No interval is computed for alpha_u (1995); u-α beside it carries the uncertainty of the unitizing figures.',
  alphaFewerThanTwoCoders: 'fewer than two coders labelled any unit',
  alphaNoPairableUnit: 'no unit was labelled by two or more coders',
  alphaNoVariation: 'no variation: every pairable value is the same category',
  fleissFewerThanTwoCoders: 'fewer than two coders',
  fleissNoCompleteUnit: 'no unit was labelled by every coder',
  fleissNoVariation: 'no variation: every rating is the same category, so chance agreement is 1',
  alphaUOneCoder: 'alpha_u needs at least two coders; there is one',
  alphaUNoCoder: 'alpha_u needs at least two coders; there are none',
  emptyText: 'the text is empty',
  alphaUNoUnit: 'no coder marked a unit of this category',
  alphaUNoExpected: 'no expected disagreement: every unit is one character long and there is no gap to place one in',
  unitizingOneCoder: 'needs at least two coders; there is one',
  unitizingNoCoder: 'needs at least two coders; there are none',
  unitizingNoSpan: 'no coder marked any span',
  uAlphaNoVariation: 'no variation: every coder gave the whole text one label',
  binaryNoVariation: 'no variation: no coder left any gap',
  cuAlphaNoIntersection: 'no unit of one coder intersects a unit of another',
  cuAlphaNoExpected: 'expected coincidences are not defined: the units that intersect are too few to pair apart from themselves',
  cuAlphaNoVariation: 'no variation: every intersection of units carries one label',
  bootstrapNoPairable: 'No passage was labelled by two or more reviewers, so there is nothing to resample.',
  bootstrapOneLabel: 'Every pairable value is the same label, so alpha is not defined and neither is its interval.',
  bootstrapAllAgree: 'Every pair of values agrees (alpha = 1): Krippendorff’s bootstrap has no disagreement to resample.',
  stretchNeedsTwo: 'Needs at least two reviewers and a text.',
  stretchOne: 'The reviewers’ units cover the text as one unbroken stretch, so there are no separate stretches to resample.',
  stretchNoneDefined: 'Not defined in any resample.',
  fleissBootNeedsTwo: 'Needs at least two reviewers.',
  fleissBootNeedsTwoPassages: 'Needs at least two passages every reviewer labelled.',
  fleissBootOneLabel: 'Every resample held one label only, so kappa has no spread to show.',
  signalNoPairs: 'Not defined: no article has answers from two or more reviewers who submitted.',
  signalNoVariation: 'Not defined: every paired answer is the same, so there is no variation to judge agreement against.',
  projectNeedsTwoSubmitted: 'Needs at least two reviewers who submitted reviews.',
  projectNeedsTwoOthers: 'Needs at least two other reviewers.',
  projectNoPassageSubmitted: 'Not defined: no passage was labelled by two or more reviewers who submitted reviews.',
  projectNoPassageOthers: 'Not defined: no passage was labelled by two or more other reviewers.',
  projectNoVariation:
    'Not defined: every label given on a passage two or more reviewers labelled is the same, so there is no variation to measure agreement against.',
  reviewerNoPartner: 'Not defined: no other reviewer labelled a passage this reviewer labelled.',
  othersNoCommon: 'Not defined: no two other reviewers labelled a common passage.',
} as const;

export type FigureNoteCode = keyof typeof FIGURE_NOTES;

const CODE_OF = new Map<string, FigureNoteCode>(Object.entries(FIGURE_NOTES).map(([code, text]) => [text, code as FigureNoteCode]));

/** The code of a note lib/consensus wrote, or null for a text it does not know. */
export function figureNoteCode(note: string): FigureNoteCode | null {
  return CODE_OF.get(note) ?? null;
}
