import { describe, expect, it } from 'vitest';
import { computeConsensus } from '../../consensus/compute-consensus';
import { signalAlpha } from '../../consensus/signal-agreement';
import type { ConsensusInput, ReviewerSpan } from '../../consensus/types';
import { computedConsensus, computedSignalAlpha } from './computed-consensus';

const text = 'Officials said 4,000 troops crossed the border. The move was reckless. Turnout was said to be 90%...';
const spans: ReviewerSpan[] = [
  { id: 's1', reviewerId: 'a', label: 'claim', start: 10, end: 46 },
  { id: 's2', reviewerId: 'b', label: 'claim', start: 12, end: 47 },
  { id: 's3', reviewerId: 'c', label: 'opinion', start: 8, end: 44 },
  { id: 's4', reviewerId: 'a', label: 'opinion', start: 48, end: 70 },
];
const input = (overrides: Partial<ConsensusInput> = {}): ConsensusInput => ({ text, reviewerIds: ['a', 'b', 'c'], spans, ...overrides });

describe('computedConsensus', () => {
  it('is computeConsensus, computed once for the same input and shared frozen', () => {
    const first = computedConsensus(input());
    expect(first).toEqual(computeConsensus(input()));
    // A fresh but equal input (as every request reads it) gets the very same result.
    expect(computedConsensus(input({ spans: spans.map((span) => ({ ...span })) }))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.passages[0])).toBe(true);
    expect(Object.isFrozen(first.metrics.alphaNominal)).toBe(true);
    expect(() => (first.passages as unknown as unknown[]).push(null)).toThrow(TypeError);
  });

  it('computes afresh when anything it reads differs: a span, a reviewer, a verdict, the options or the text', () => {
    const first = computedConsensus(input());
    const variants: ConsensusInput[] = [
      input({ spans: spans.map((span) => (span.id === 's3' ? { ...span, label: 'claim' } : span)) }),
      input({ reviewerIds: ['a', 'b'] }),
      input({ verdicts: [{ id: 'v1', passageKey: '8-47', start: 8, end: 47, label: 'opinion' }] }),
      input({ options: { resamples: 0 } }),
      input({ text: `${text.slice(0, 99)}!` }),
    ];
    for (const variant of variants) {
      const result = computedConsensus(variant);
      expect(result).not.toBe(first);
      expect(result).toEqual(computeConsensus(variant));
    }
  });
});

describe('computedSignalAlpha', () => {
  const signal = { key: 'sourcing', scale: 'nominal' as const, options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] };
  const answers = ['a1', 'a2', 'a3', 'a4'].flatMap((articleId, index) => [
    { articleId, reviewerId: 'r1', value: 'yes' },
    { articleId, reviewerId: 'r2', value: index === 3 ? 'no' : 'yes' },
    { articleId, reviewerId: 'r3', value: index % 2 === 0 ? 'yes' : 'no' },
  ]);

  it('is signalAlpha, computed once for the same answers, and afresh for others', () => {
    const first = computedSignalAlpha(signal, answers);
    expect(first).toEqual(signalAlpha(signal, answers));
    expect(first.value).not.toBeNull();
    expect(computedSignalAlpha({ ...signal }, answers.map((answer) => ({ ...answer })))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const changed = answers.map((answer, index) => (index === 0 ? { ...answer, value: 'no' } : answer));
    const other = computedSignalAlpha(signal, changed);
    expect(other).not.toBe(first);
    expect(other).toEqual(signalAlpha(signal, changed));
  });
});
