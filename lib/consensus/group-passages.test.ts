import { describe, expect, it } from 'vitest';
import { groupPassages, resolveOverlapRatio, spansLinked } from './group-passages';
import type { Label, ReviewerSpan } from './types';

const text = 'Officials said 4,000 troops crossed the border on Monday. Critics called the move reckless and cynical.'.padEnd(120, '.');
let next = 0;
const span = (reviewerId: string, label: Label, start: number, end: number, id = `s${next++}`): ReviewerSpan => ({ id, reviewerId, label, start, end });
const extents = (spans: ReviewerSpan[], ratio?: number) => groupPassages(text, spans, ratio).map((passage) => passage.id);

describe('spansLinked', () => {
  it('links at exactly the ratio of the shorter span, not one character below', () => {
    expect(spansLinked({ start: 0, end: 20 }, { start: 10, end: 40 }, 0.5)).toBe(true); // 10 of the shorter 20
    expect(spansLinked({ start: 0, end: 20 }, { start: 11, end: 40 }, 0.5)).toBe(false); // 9 of 20
  });

  it('always links a span inside another, and never spans that only touch', () => {
    expect(spansLinked({ start: 0, end: 100 }, { start: 40, end: 45 }, 1)).toBe(true);
    expect(spansLinked({ start: 0, end: 10 }, { start: 10, end: 20 }, 0)).toBe(false);
  });
});

describe('groupPassages', () => {
  it('puts spans that overlap enough in one passage spanning all of them, with its text and id', () => {
    const [passage, ...rest] = groupPassages(text, [span('a', 'claim', 15, 57), span('b', 'claim', 10, 50)]);
    expect(rest).toEqual([]);
    expect(passage).toMatchObject({ id: '10-57', start: 10, end: 57, exact: text.slice(10, 57) });
    expect(passage!.votes.map((vote) => [vote.reviewerId, vote.label])).toEqual([
      ['b', 'claim'],
      ['a', 'claim'],
    ]);
  });

  it('keeps apart spans that overlap by less than the ratio, even though their extents then overlap', () => {
    // 10 characters shared; the shorter is 40, so 25% < 50%.
    expect(extents([span('a', 'claim', 0, 40), span('b', 'opinion', 30, 80)])).toEqual(['0-40', '30-80']);
    expect(extents([span('a', 'claim', 0, 40), span('b', 'opinion', 30, 80)], 0.25)).toEqual(['0-80']);
  });

  it('joins chains: A–B and B–C linked make one passage though A and C do not touch', () => {
    expect(extents([span('a', 'claim', 0, 20), span('b', 'claim', 10, 30), span('c', 'claim', 20, 40)])).toEqual(['0-40']);
  });

  it('gives a reviewer with several spans in a passage one vote: the label over most characters', () => {
    const spans = [span('a', 'claim', 0, 10, 'a1'), span('a', 'opinion', 5, 30, 'a2'), span('b', 'claim', 0, 30, 'b1')];
    const [passage] = groupPassages(text, spans);
    expect(passage!.votes).toEqual([
      { reviewerId: 'a', label: 'opinion', annotationIds: ['a1', 'a2'] }, // 25 characters of opinion against 10 of claim
      { reviewerId: 'b', label: 'claim', annotationIds: ['b1'] },
    ]);
  });

  it('breaks a reviewer’s tie between labels by their earliest span', () => {
    const spans = [span('a', 'unsupported', 20, 40), span('a', 'claim', 0, 20), span('b', 'opinion', 0, 40)];
    const [passage] = groupPassages(text, spans);
    expect(passage!.votes.find((vote) => vote.reviewerId === 'a')!.label).toBe('claim');
  });

  it('returns passages in text order whatever the input order, and ignores empty spans', () => {
    const spans = [span('a', 'claim', 60, 90), span('b', 'claim', 0, 20), span('c', 'claim', 62, 88), span('d', 'claim', 5, 5)];
    expect(extents(spans)).toEqual(['0-20', '60-90']);
    expect(extents([...spans].reverse())).toEqual(['0-20', '60-90']);
  });

  it('clamps the ratio into [0, 1] and falls back to 0.5 when it is not a number', () => {
    expect(resolveOverlapRatio(2)).toBe(1);
    expect(resolveOverlapRatio(-1)).toBe(0);
    expect(resolveOverlapRatio(Number.NaN)).toBe(0.5);
    expect(resolveOverlapRatio(undefined)).toBe(0.5);
  });

  it('finds the same passages as comparing every pair of spans', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const spans = Array.from({ length: 400 }, (_, i) => {
      const start = Math.floor(random() * 7_900);
      return span(`r${i % 7}`, 'claim', start, start + 1 + Math.floor(random() * 60), `x${i}`);
    });
    // Brute force: label propagation over all pairs until nothing changes.
    const component = spans.map((_, i) => i);
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = 0; i < spans.length; i++) {
        for (let j = 0; j < spans.length; j++) {
          if (component[j]! < component[i]! && spansLinked(spans[i]!, spans[j]!, 0.5)) [component[i], changed] = [component[j]!, true];
        }
      }
    }
    const expected = new Map<number, string[]>();
    spans.forEach((s, i) => expected.set(component[i]!, [...(expected.get(component[i]!) ?? []), s.id]));
    const longText = 'x'.repeat(8_000);
    const found = groupPassages(longText, spans).map((passage) => passage.spans.map((s) => s.id).sort());
    expect(found.sort()).toEqual([...expected.values()].map((ids) => ids.sort()).sort());
    // Enough of both: many passages, some of them chains of several spans.
    expect(found.length).toBeGreaterThan(100);
    expect(found.some((ids) => ids.length >= 4)).toBe(true);
  });
});
