import { describe, expect, it } from 'vitest';
import { computeConsensus } from './compute-consensus';
import { LABELS, type ConsensusInput, type Label, type ReviewerSpan } from './types';

// 100 characters: a claim, an opinion, a loose figure.
const text = 'Officials said 4,000 troops crossed the border. The move was reckless. Turnout was said to be 90%...';
let counter = 0;
const span = (reviewerId: string, label: Label, start: number, end: number): ReviewerSpan => ({ id: `s${counter++}`, reviewerId, label, start, end });
const run = (spans: ReviewerSpan[], extra: Partial<ConsensusInput> = {}) => computeConsensus({ text, reviewerIds: ['a', 'b', 'c'], spans, ...extra });

describe('computeConsensus', () => {
  it('has a 100-character text to work on', () => expect(text).toHaveLength(100));

  it('two reviewers say claim and one says opinion: one passage, claim, agreed 2 of 3', () => {
    const result = run([span('a', 'claim', 10, 46), span('b', 'claim', 12, 47), span('c', 'opinion', 8, 44)]);
    expect(result.quorum).toBe(2);
    expect(result.passages).toHaveLength(1);
    expect(result.passages[0]).toMatchObject({
      id: '8-47',
      exact: text.slice(8, 47),
      labelCounts: { claim: 2, opinion: 1, unsupported: 0 },
      label: 'claim',
      support: 2,
      reviewers: 3,
      confidence: 2 / 3,
      state: 'agreed',
      verdictId: null,
      finalLabel: 'claim',
    });
    // One pairable unit {claim, claim, opinion}: alpha = 1 − (n − 1) Σ o_ck / Σ n_c n_k = 1 − 2 · 2 / 4 = 0.
    expect(result.metrics.alphaNominal.value).toBeCloseTo(0, 12);
    expect(result.metrics.alphaNominal).toMatchObject({ key: 'alpha_nominal', unit: 'passage', reviewers: 3, units: 1 });
  });

  it('a span nobody else marked is a passage of its own, single', () => {
    const result = run([span('a', 'claim', 10, 46), span('b', 'claim', 12, 47), span('c', 'unsupported', 71, 99)]);
    expect(result.passages.map((p) => [p.id, p.state, p.support])).toEqual([
      ['10-47', 'agreed', 2],
      ['71-99', 'single', 1],
    ]);
  });

  it('a 1–1–1 split is disputed with no majority label, and counts under no label', () => {
    const result = run([span('a', 'claim', 48, 70), span('b', 'opinion', 48, 70), span('c', 'unsupported', 50, 70)]);
    expect(result.passages).toHaveLength(1);
    // A tie in votes: no label, whichever covers more characters or comes first in LABELS.
    expect(result.passages[0]).toMatchObject({ state: 'disputed', displayState: 'disputed', label: null, finalLabel: null, support: 1, confidence: 1 / 3 });
    expect(result.summary.passagesByState).toEqual({ agreed: 0, disputed: 1, single: 0 });
    expect(result.summary).toMatchObject({ passagesByLabel: { claim: 0, opinion: 0, unsupported: 0 }, passagesWithoutMajority: 1, charsByLabel: { claim: 0, opinion: 0, unsupported: 0 } });
  });

  it('chains overlapping spans into one passage', () => {
    const result = run([span('a', 'claim', 0, 20), span('b', 'claim', 10, 30), span('c', 'claim', 20, 40)]);
    expect(result.passages.map((p) => p.id)).toEqual(['0-40']);
    expect(result.passages[0]!.support).toBe(3);
  });

  it('gives a reviewer with two spans in one passage a single vote', () => {
    const result = run([span('a', 'opinion', 48, 56), span('a', 'claim', 56, 70), span('b', 'claim', 48, 70)]);
    const [passage] = result.passages;
    expect(passage!.votes.map((vote) => [vote.reviewerId, vote.label, vote.annotationIds.length])).toEqual([
      ['a', 'claim', 2], // 14 characters of claim against 8 of opinion
      ['b', 'claim', 1],
    ]);
    expect(passage).toMatchObject({ support: 2, state: 'agreed' });
    expect(result.reliability.find((r) => r.reviewerId === 'a')!.labelled).toBe(1);
  });

  it('lets an editor’s verdict override the consensus, in the passage and in the summary', () => {
    const spans = [span('a', 'claim', 10, 46), span('b', 'claim', 12, 47), span('c', 'opinion', 8, 44)];
    const before = run(spans);
    expect(before.summary.charsByLabel).toEqual({ claim: 39, opinion: 0, unsupported: 0 });
    expect(before.summary.unsupportedShareOfClaims).toBe(0);
    const after = run(spans, { verdicts: [{ id: 'v1', passageKey: '8-47', start: 8, end: 47, label: 'unsupported' }] });
    expect(after.passages[0]).toMatchObject({ label: 'claim', verdictId: 'v1', finalLabel: 'unsupported' });
    expect(after.summary).toMatchObject({ charsByLabel: { claim: 0, opinion: 0, unsupported: 39 }, passagesByLabel: { claim: 0, opinion: 0, unsupported: 1 }, unsupportedShareOfClaims: 1 });
    expect(after.summary.shareByLabel.unsupported).toBeCloseTo(0.39, 12);
  });

  it('with one submitted reviewer: every passage single, agreement figures null with a note, no weighting', () => {
    const result = computeConsensus({ text, reviewerIds: ['a'], spans: [span('a', 'claim', 10, 46), span('a', 'opinion', 48, 70)] });
    const { metrics } = result;
    for (const figure of [metrics.alphaNominal, metrics.fleissKappa, metrics.uAlpha, metrics.cuAlpha, ...Object.values(metrics.alphaUByLabel)]) {
      expect(figure.value).toBeNull();
      expect(figure.note).toMatch(/two/);
    }
    expect(result.passages.map((p) => [p.state, p.weighted])).toEqual([
      ['single', null],
      ['single', null],
    ]);
    expect(result.reliability).toEqual([{ reviewerId: 'a', reliability: null, labelled: 2 }]);
    expect(result.summary.alpha).toBeNull();
  });

  it('ignores spans of reviewers who have not submitted, and spans off the text', () => {
    const spans = [span('a', 'claim', 10, 46), span('b', 'claim', 12, 47), span('pending', 'opinion', 10, 46), span('c', 'opinion', 90, 120), span('c', 'claim', -5, 3)];
    const result = run(spans);
    expect(result.passages).toHaveLength(1);
    expect(result.passages[0]!.votes.map((vote) => vote.reviewerId)).toEqual(['a', 'b']);
    expect(result.coverage.every((segment) => segment.end <= 47)).toBe(true);
    expect(result.metrics.pairwise.reviewers).toEqual(['a', 'b', 'c']);
  });

  it('reports every figure with a key, a name saying which publication, counts, and a note whenever it is null', () => {
    const result = run([span('a', 'claim', 10, 46), span('b', 'claim', 12, 47), span('c', 'opinion', 8, 44), span('a', 'unsupported', 71, 99), span('b', 'unsupported', 72, 99)]);
    const { metrics } = result;
    const figures = [metrics.alphaNominal, metrics.fleissKappa, metrics.uAlpha, metrics.cuAlpha, ...Object.values(metrics.alphaUByLabel)];
    expect(figures.map((figure) => figure.key)).toEqual(['alpha_nominal', 'fleiss_kappa', 'u_alpha', 'cu_alpha', 'alpha_u_claim', 'alpha_u_opinion', 'alpha_u_unsupported']);
    for (const figure of figures) {
      expect(figure.name).toMatch(/\d{4}/);
      if (figure.value === null) expect(figure.note).toBeTruthy();
      else expect(Number.isFinite(figure.value)).toBe(true);
    }
    expect(metrics.uAlpha).toMatchObject({ unit: 'character', units: 100, reviewers: 3 });
    // Fleiss counts only passages all three marked: the first.
    expect(metrics.fleissKappa.units).toBe(1);
  });

  it('gives each figure its uncertainty: an interval or the reason there is none, and q for the alphas', () => {
    const spans: ReviewerSpan[] = [];
    const labels = LABELS;
    for (let p = 0; p < 12; p++) {
      const start = p * 8;
      for (const [r, reviewer] of ['a', 'b', 'c'].entries()) spans.push(span(reviewer, r === 2 && p % 3 === 0 ? labels[(p + 1) % 3]! : labels[p % 3]!, start + (r % 2), start + 6));
    }
    const result = run(spans);
    const { alphaNominal, fleissKappa, uAlpha, cuAlpha, alphaUByLabel, pairwise } = result.metrics;
    for (const figure of [alphaNominal, fleissKappa, uAlpha, cuAlpha]) {
      expect(figure.value).not.toBeNull();
      expect(figure.interval!.low).toBeLessThanOrEqual(figure.value!);
      expect(figure.interval!.high).toBeGreaterThanOrEqual(figure.value!);
    }
    expect(alphaNominal.interval).toMatchObject({ method: 'kalpha-bootstrap', resamples: 1000, level: 0.95 });
    expect(fleissKappa.interval!.method).toBe('unit-bootstrap');
    expect(uAlpha.interval!.method).toBe('stretch-bootstrap');
    expect(alphaNominal.belowThresholds!['0.8']).toBeGreaterThan(0);
    expect(fleissKappa).not.toHaveProperty('belowThresholds');
    expect(alphaUByLabel.claim).toMatchObject({ interval: null, intervalNote: expect.stringMatching(/u-α/) });
    expect(pairwise.cohenKappaInterval[0]![2]!.method).toBe('analytic'); // a and b agree throughout: κ = 1, no spread, no interval
    expect(pairwise.cohenKappaInterval[0]![1]).toBeNull();
    expect(computeConsensus({ text, reviewerIds: ['a', 'b', 'c'], spans })).toEqual(result); // seeded from the data
    expect(computeConsensus({ text, reviewerIds: ['a', 'b', 'c'], spans, options: { resamples: 0 } }).metrics.alphaNominal).toMatchObject({ interval: null, intervalNote: expect.stringMatching(/not computed/) });
  });

  it('weights labels by Dawid–Skene and reports each reviewer’s reliability, where the data carry it', () => {
    const long = 'x'.repeat(200);
    const spans: ReviewerSpan[] = [];
    // Ten passages a and b label alike; c always says opinion.
    for (let p = 0; p < 10; p++) {
      const start = p * 20;
      const label: Label = p % 2 === 0 ? 'claim' : 'unsupported';
      spans.push(span('a', label, start, start + 15), span('b', label, start + 1, start + 15), span('c', 'opinion', start, start + 14));
    }
    const result = computeConsensus({ text: long, reviewerIds: ['a', 'b', 'c'], spans });
    expect(result.weighting).toEqual({ computed: true, passages: 10, reviewers: 3, minPassages: 10, minReviewers: 3 });
    expect(result.passages.map((p) => p.weighted?.label)).toEqual(Array.from({ length: 10 }, (_, p) => (p % 2 === 0 ? 'claim' : 'unsupported')));
    for (const passage of result.passages) expect(passage.weighted!.probability).toBeGreaterThan(0.9);
    const reliability = Object.fromEntries(result.reliability.map((r) => [r.reviewerId, r.reliability]));
    expect(reliability.a).toBeGreaterThan(0.9);
    expect(reliability.c).toBeLessThan(0.2);

    // Nine contested passages, or only two reviewers: nothing weighted, no reliabilities, and the reason.
    const nine = computeConsensus({ text: long, reviewerIds: ['a', 'b', 'c'], spans: spans.slice(3) });
    expect(nine.weighting).toMatchObject({ computed: false, passages: 9, note: expect.stringMatching(/at least 10 passages with two or more votes \(there are 9\)/) });
    expect(nine.passages.every((p) => p.weighted === null)).toBe(true);
    expect(nine.reliability.every((r) => r.reliability === null)).toBe(true);
    const two = computeConsensus({ text: long, reviewerIds: ['a', 'b'], spans: spans.filter((s) => s.reviewerId !== 'c') });
    expect(two.weighting).toMatchObject({ computed: false, reviewers: 2, note: expect.stringMatching(/at least 3 reviewers/) });
  });

  it('is empty but well-formed for no spans', () => {
    const result = run([]);
    expect(result.passages).toEqual([]);
    expect(result.coverage).toEqual([]);
    expect(result.summary).toMatchObject({ passages: 0, textLength: 100, reviewers: 3, unsupportedShareOfClaims: null });
    expect(result.metrics.alphaNominal.value).toBeNull();
    expect(result.metrics.alphaNominal.note).toBeTruthy();
  });
});
