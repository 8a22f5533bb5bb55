import { describe, expect, it } from 'vitest';
import { charactersByFinalLabel, summariseReliability } from './reliability-summary';
import type { Label, Passage, PassageState } from './types';

const passage = (start: number, end: number, finalLabel: Label, state: PassageState, voters = 2): Passage => ({
  id: `${start}-${end}`,
  start,
  end,
  exact: '',
  votes: Array.from({ length: voters }, (_, i) => ({ reviewerId: `r${i}`, label: finalLabel, annotationIds: [] })),
  labelCounts: { claim: 0, opinion: 0, unsupported: 0, [finalLabel]: voters },
  label: finalLabel,
  support: voters,
  reviewers: 3,
  confidence: 1,
  state,
  displayState: state,
  weighted: null,
  verdictId: null,
  finalLabel,
});

const summarise = (passages: Passage[], textLength = 200, alpha: number | null = 0.8) =>
  summariseReliability({ textLength, reviewers: 3, passages, alpha, overlapRatio: 0.5, quorum: 2 });

describe('summariseReliability', () => {
  it('counts passages by final label and state, characters and shares by final label', () => {
    const summary = summarise([passage(0, 40, 'claim', 'agreed'), passage(50, 60, 'unsupported', 'disputed'), passage(100, 150, 'opinion', 'single', 1)]);
    expect(summary).toMatchObject({
      textLength: 200,
      reviewers: 3,
      passages: 3,
      passagesByLabel: { claim: 1, opinion: 1, unsupported: 1 },
      passagesByState: { agreed: 1, disputed: 1, single: 1 },
      charsByLabel: { claim: 40, opinion: 50, unsupported: 10 },
      shareByLabel: { claim: 0.2, opinion: 0.25, unsupported: 0.05 },
      alpha: 0.8,
    });
    expect(summary.unsupportedShareOfClaims).toBeCloseTo(10 / 50, 12);
  });

  it('counts a tied passage without a verdict under no label, neither its passage nor its characters', () => {
    const tied: Passage = { ...passage(50, 80, 'opinion', 'disputed', 3), label: null, finalLabel: null, labelCounts: { claim: 1, opinion: 1, unsupported: 1 }, support: 1 };
    const summary = summarise([passage(0, 40, 'claim', 'agreed'), tied]);
    expect(summary).toMatchObject({
      passages: 2,
      passagesByLabel: { claim: 1, opinion: 0, unsupported: 0 },
      passagesWithoutMajority: 1,
      passagesByState: { agreed: 1, disputed: 1, single: 0 },
      charsByLabel: { claim: 40, opinion: 0, unsupported: 0 },
    });
    expect(summary.formula).toMatch(/no majority.*count under no label/);
    // Once an editor decides it, it counts under the verdict's label.
    expect(summarise([passage(0, 40, 'claim', 'agreed'), { ...tied, finalLabel: 'unsupported', verdictId: 'v1' }]).charsByLabel).toEqual({ claim: 40, opinion: 0, unsupported: 30 });
  });

  it('has no unsupported share of claims without claim-bearing text, and no shares of an empty text', () => {
    expect(summarise([passage(0, 40, 'opinion', 'agreed')]).unsupportedShareOfClaims).toBeNull();
    expect(summarise([], 0, null)).toMatchObject({ passages: 0, shareByLabel: { claim: 0, opinion: 0, unsupported: 0 }, alpha: null, unsupportedShareOfClaims: null });
  });

  it('explains the figures in words, with the text length and the rules in force', () => {
    const { formula } = summarise([]);
    expect(formula).toContain('200 characters');
    expect(formula).toContain('50% of the shorter');
    expect(formula).toContain('at least 2 reviewers');
    expect(formula).toMatch(/unsupported characters ÷ \(claim characters \+ unsupported characters\)/);
  });
});

describe('charactersByFinalLabel', () => {
  it('counts a character inside two overlapping passages once, under the one with more votes', () => {
    // Passages' extents can overlap: [0, 40) and [30, 80) share 30..40.
    const chars = charactersByFinalLabel([passage(0, 40, 'claim', 'agreed', 2), passage(30, 80, 'unsupported', 'agreed', 3)]);
    expect(chars).toEqual({ claim: 30, opinion: 0, unsupported: 50 });
  });

  it('gives the shared characters to the earlier passage when the votes tie', () => {
    const chars = charactersByFinalLabel([passage(0, 40, 'claim', 'agreed', 2), passage(30, 80, 'unsupported', 'agreed', 2)]);
    expect(chars).toEqual({ claim: 40, opinion: 0, unsupported: 40 });
  });

  it('handles a long passage with others starting inside it', () => {
    const chars = charactersByFinalLabel([passage(0, 100, 'opinion', 'agreed', 1), passage(10, 20, 'claim', 'agreed', 2), passage(90, 120, 'claim', 'agreed', 2)]);
    expect(chars).toEqual({ claim: 10 + 30, opinion: 80, unsupported: 0 });
  });
});
