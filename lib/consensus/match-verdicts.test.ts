import { describe, expect, it } from 'vitest';
import { matchVerdicts } from './match-verdicts';
import type { Label, Passage, VerdictSpan } from './types';

const passage = (start: number, end: number, label: Label = 'claim'): Passage => ({
  id: `${start}-${end}`,
  start,
  end,
  exact: '',
  votes: [],
  labelCounts: { claim: 0, opinion: 0, unsupported: 0 },
  label,
  support: 0,
  reviewers: 3,
  confidence: 0,
  state: 'disputed',
  displayState: 'disputed',
  weighted: null,
  verdictId: null,
  finalLabel: label,
});
const verdict = (id: string, passageKey: string, start: number, end: number, label: Label): VerdictSpan => ({ id, passageKey, start, end, label });
const matched = (passages: Passage[]) => passages.map((p) => [p.id, p.verdictId, p.finalLabel]);

describe('matchVerdicts', () => {
  it('shows a passage with a verdict as adjudicated, keeping its computed state; a tie takes the verdict as its only label', () => {
    const tied = { ...passage(0, 40), label: null, finalLabel: null };
    const [settled, open] = matchVerdicts([tied, passage(50, 90)], [verdict('v1', '0-40', 0, 40, 'opinion')], 0.5);
    expect(settled).toMatchObject({ label: null, finalLabel: 'opinion', state: 'disputed', displayState: 'adjudicated' });
    expect(open).toMatchObject({ finalLabel: 'claim', state: 'disputed', displayState: 'disputed' });
  });


  it('matches a verdict to the passage with its key and takes its label as final', () => {
    const passages = [passage(0, 40), passage(50, 90)];
    const result = matchVerdicts(passages, [verdict('v1', '50-90', 50, 90, 'unsupported')], 0.5);
    expect(matched(result)).toEqual([
      ['0-40', null, 'claim'],
      ['50-90', 'v1', 'unsupported'],
    ]);
    expect(passages[1]!.verdictId).toBeNull(); // the input is left alone
  });

  it('falls back to a passage whose edges moved, when they still overlap enough', () => {
    const result = matchVerdicts([passage(0, 40), passage(48, 95)], [verdict('v1', '50-90', 50, 90, 'opinion')], 0.5);
    expect(matched(result)[1]).toEqual(['48-95', 'v1', 'opinion']);
    const none = matchVerdicts([passage(0, 40), passage(80, 140)], [verdict('v1', '50-90', 50, 90, 'opinion')], 0.5);
    expect(none.every((p) => p.verdictId === null)).toBe(true); // 10 of the shorter 40: too little
  });

  it('prefers the exact key over a larger overlap elsewhere, one verdict per passage and passage per verdict', () => {
    const passages = [passage(0, 40), passage(10, 45)];
    const result = matchVerdicts(passages, [verdict('v1', '0-40', 10, 45, 'unsupported'), verdict('v2', '10-45', 10, 45, 'opinion')], 0.5);
    expect(matched(result)).toEqual([
      ['0-40', 'v1', 'unsupported'],
      ['10-45', 'v2', 'opinion'],
    ]);
  });

  it('gives a contested passage to the verdict that overlaps it better; the other stays unmatched', () => {
    const result = matchVerdicts([passage(20, 60)], [verdict('v1', 'old-1', 0, 50, 'opinion'), verdict('v2', 'old-2', 22, 60, 'unsupported')], 0.5);
    expect(matched(result)).toEqual([['20-60', 'v2', 'unsupported']]);
  });

  it('with two passages for one verdict, takes the better and leaves the other to its own verdict', () => {
    const passages = [passage(0, 30), passage(20, 60)];
    const result = matchVerdicts(passages, [verdict('v1', 'old', 15, 58, 'opinion'), verdict('v2', 'old-2', 0, 28, 'unsupported')], 0.5);
    expect(matched(result)).toEqual([
      ['0-30', 'v2', 'unsupported'],
      ['20-60', 'v1', 'opinion'],
    ]);
  });
});
