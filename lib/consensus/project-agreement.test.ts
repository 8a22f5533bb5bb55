import { describe, expect, it } from 'vitest';
import { computeConsensus } from './compute-consensus';
import { krippendorffAlphaNominal, reliabilityDataFromCoders } from './krippendorff-alpha';
import { CALIBRATION_AGREEMENT_GAP, CALIBRATION_ALPHA_MARGIN, CALIBRATION_MIN_PASSAGES, computeProjectAgreement, projectReliabilityData } from './project-agreement';
import { LABELS, type Label, type ProjectAgreement, type ProjectArticle, type ReviewerSpan } from './types';
import { wilsonInterval } from './wilson-interval';

let counter = 0;
const span = (reviewerId: string, label: Label, start: number, end: number): ReviewerSpan => ({ id: `s${counter++}`, reviewerId, label, start, end });

/** Passage p of an article sits at [20p, 20p + 10): apart from every other, so each reviewer's span there is one vote. */
function article(articleId: string, reviewerIds: string[], passages: number, labelOf: (reviewerId: string, passage: number) => Label | null): ProjectArticle {
  const spans = reviewerIds.flatMap((reviewerId) =>
    Array.from({ length: passages }, (_, p) => labelOf(reviewerId, p)).flatMap((label, p) => (label === null ? [] : [span(reviewerId, label, 20 * p, 20 * p + 10)])),
  );
  return { articleId, reviewerIds, spans };
}

/** Every reviewer gives passage p the label LABELS[p mod 3]: full agreement, all labels in use. */
const truth = (_: string, p: number): Label => LABELS[p % LABELS.length]!;
/** A different label from the truth on every passage. */
const contrary = (_: string, p: number): Label => LABELS[(p + 1) % LABELS.length]!;

const byId = (result: ProjectAgreement, reviewerId: string) => result.reviewers.find((reviewer) => reviewer.reviewerId === reviewerId)!;

/** Every number in the result, recursively. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(numbers);
}

describe('computeProjectAgreement', () => {
  it('perfect agreement over three articles: alpha 1, every reviewer agrees fully, nobody flagged', () => {
    const articles = ['a1', 'a2', 'a3'].map((id) => article(id, ['ann', 'bob', 'cat'], 4, truth));
    const result = computeProjectAgreement(articles);
    expect(result).toMatchObject({ articles: 3, passages: 12 });
    expect(result.note).toBeUndefined();
    expect(result.alpha).toMatchObject({ key: 'project_alpha_nominal', value: 1, reviewers: 3, units: 12, unit: 'passage', interval: null });
    expect(result.alpha.name).toMatch(/Krippendorff's alpha \(nominal\) over all passages of the project's articles/);
    // KALPHA has no disagreement to resample at alpha = 1, and says so.
    expect(result.alpha.intervalNote).toMatch(/alpha = 1/);
    expect(result.reviewers.map((reviewer) => reviewer.reviewerId)).toEqual(['ann', 'bob', 'cat']);
    for (const reviewer of result.reviewers) {
      expect(reviewer).toMatchObject({ articles: 3, passages: 12, alphaChange: 0 });
      expect(reviewer.agreement).toMatchObject({ value: 1, units: 12, reviewers: 3 });
      expect(reviewer.agreement.interval).toMatchObject({ high: 1, method: 'wilson-score' });
      expect(reviewer.othersAgreement).toMatchObject({ value: 1, units: 12, reviewers: 2 });
      expect(reviewer.calibration.needed).toBe(false);
    }
  });

  it('flags a reviewer who labels every passage differently on 15 passages over 3 articles, and only them', () => {
    const labelOf = (reviewerId: string, p: number) => (reviewerId === 'dan' ? contrary : truth)(reviewerId, p);
    const result = computeProjectAgreement(['a1', 'a2', 'a3'].map((id) => article(id, ['ann', 'bob', 'cat', 'dan'], 5, labelOf)));
    const dan = byId(result, 'dan');
    expect(dan).toMatchObject({ articles: 3, passages: 15 });
    expect(dan.agreement.value).toBe(0);
    expect(dan.agreement.interval!.high).toBeLessThan(dan.othersAgreement.value!);
    expect(dan.othersAgreement.value).toBe(1);
    // n = the 15 passages, not the 45 comparisons on them.
    expect(dan.agreement.interval).toEqual(wilsonInterval(0, 15));
    expect(dan.alphaIfRemoved.value).toBe(1);
    expect(dan.alphaIfRemoved.value!).toBeGreaterThan(result.alpha.value! + CALIBRATION_ALPHA_MARGIN);
    expect(dan.alphaChange).toBeCloseTo(dan.alphaIfRemoved.value! - result.alpha.value!, 12);
    expect(dan.calibration).toEqual({ needed: true, grounds: { below: true, raises: true }, reason: expect.stringMatching(/0\.0% of comparisons over 15 passages.*wholly and clearly below.*100\.0%.*alpha goes from 0\.249 to 1\.000/s) });
    for (const id of ['ann', 'bob', 'cat']) {
      const reviewer = byId(result, id);
      expect(reviewer.calibration.needed).toBe(false);
      expect(reviewer.alphaIfRemoved.value!).toBeLessThan(result.alpha.value!);
    }
    // The project alpha rests on all four reviewers and has a bootstrap interval.
    expect(result.alpha).toMatchObject({ reviewers: 4, units: 15, interval: { method: 'kalpha-bootstrap', resamples: 1000 } });
    expect(result.alpha.belowThresholds).not.toBeNull();
  });

  it('does not flag a gap in agreement that is certain but slight: 3 points over 1,000 passages', () => {
    // dan gives another label on every 34th passage, 8 per article (p = 0, 34, …, 238), 32 of 1,000: agreement 96.8 %,
    // its interval wholly below the others' 100 %, alpha without him about +0.02.
    const labelOf = (id: string, p: number) => (id === 'dan' && p % 34 === 0 ? contrary : truth)(id, p);
    const result = computeProjectAgreement(['a1', 'a2', 'a3', 'a4'].map((id) => article(id, ['ann', 'bob', 'cat', 'dan'], 250, labelOf)));
    const dan = byId(result, 'dan');
    expect(dan.agreement.value).toBeCloseTo(0.968, 12);
    expect(dan.agreement.interval!.high).toBeLessThan(dan.othersAgreement.value!);
    expect(dan.alphaChange!).toBeGreaterThan(0);
    expect(dan.alphaChange!).toBeLessThan(CALIBRATION_ALPHA_MARGIN);
    expect(dan.calibration).toEqual({ needed: false, grounds: { below: false, raises: false }, reason: expect.stringMatching(/96\.8% .* 100\.0% \(gap needed: 5\.0%\)/) });
    expect(CALIBRATION_AGREEMENT_GAP).toBe(0.05);
  });

  it('makes no call on a reviewer who submitted one article with two passages', () => {
    const articles = ['a1', 'a2', 'a3'].map((id) => article(id, ['ann', 'bob', 'cat'], 4, truth));
    articles.push(article('a4', ['ann', 'bob', 'cat', 'eve'], 2, truth));
    const eve = byId(computeProjectAgreement(articles), 'eve');
    expect(eve).toMatchObject({ articles: 1, passages: 2 });
    expect(eve.calibration).toEqual({ needed: null, lacking: 'passages', note: expect.stringMatching(/^Not enough data: 2 passages .* at least 10\./) });
    expect(CALIBRATION_MIN_PASSAGES).toBe(10);
  });

  it('with one reviewer: alpha null with a note, no interval, no call, no NaN', () => {
    const result = computeProjectAgreement([article('a1', ['ann'], 12, truth), article('a2', ['ann'], 3, truth)]);
    expect(result.alpha).toMatchObject({ value: null, note: 'Needs at least two reviewers who submitted reviews.', interval: null, belowThresholds: null });
    const [ann] = result.reviewers;
    expect(ann).toMatchObject({ reviewerId: 'ann', articles: 2, passages: 0, alphaChange: null });
    expect(ann!.agreement).toMatchObject({ value: null, interval: null, note: expect.stringMatching(/^Not defined/) });
    expect(ann!.alphaIfRemoved).toMatchObject({ value: null, note: expect.any(String) });
    expect(ann!.calibration.needed).toBeNull();
    expect(numbers(result).some(Number.isNaN)).toBe(false);
  });

  it('with two reviewers there is nothing to compare either with, so no call however much they share', () => {
    const result = computeProjectAgreement([article('a1', ['ann', 'bob'], 12, (id, p) => (id === 'bob' ? contrary : truth)(id, p))]);
    for (const reviewer of result.reviewers) {
      expect(reviewer.passages).toBe(12);
      expect(reviewer.othersAgreement.value).toBeNull();
      expect(reviewer.alphaIfRemoved.value).toBeNull();
      expect(reviewer.calibration).toEqual({ needed: null, lacking: 'comparison', note: expect.stringMatching(/^Nothing to compare with/) });
    }
    expect(numbers(result).some(Number.isNaN)).toBe(false);
  });

  it('ignores the spans of reviewers who did not submit, on each article separately', () => {
    const labelOf = (id: string, p: number) => (id === 'cat' && p % 2 === 0 ? contrary : truth)(id, p);
    const articles = [article('a1', ['ann', 'bob', 'cat'], 6, labelOf), article('a2', ['ann', 'bob'], 6, labelOf)];
    const plain = computeProjectAgreement(articles);
    // A stranger's spans everywhere, and cat's (who submitted a1 only) on a2.
    const noisy = articles.map((a) => ({ ...a, spans: [...a.spans, ...article('x', ['zed', 'cat'], 6, contrary).spans] }));
    const result = computeProjectAgreement(noisy);
    expect(result).toEqual(plain);
    expect(result.reviewers.map((reviewer) => reviewer.reviewerId)).toEqual(['ann', 'bob', 'cat']);
    expect(byId(result, 'cat')).toMatchObject({ articles: 1, passages: 6 });
  });

  it('pools the articles: units are all passages, a reviewer is a coder only where they submitted', () => {
    // a1: ann and bob; a2: bob and cat (ann's spans there do not count).
    const a1 = article('a1', ['ann', 'bob'], 3, (id, p) => (id === 'bob' && p === 0 ? 'opinion' : truth(id, p)));
    const a2 = { ...article('a2', ['bob', 'cat'], 2, truth), spans: [...article('a2', ['bob', 'cat', 'ann'], 2, truth).spans] };
    const pooled = projectReliabilityData([a2, a1]);
    const _ = null;
    const expected = reliabilityDataFromCoders(
      [
        [0, 1, 2, _, _],
        [1, 1, 2, 0, 1],
        [_, _, _, 0, 1],
      ],
      3,
    );
    expect(pooled).toMatchObject({ reviewerIds: ['ann', 'bob', 'cat'], articlesSubmitted: [1, 2, 1], articles: 2 });
    expect([...pooled.data.values]).toEqual([...expected.values]);
    const result = computeProjectAgreement([a1, a2]);
    expect(result.alpha.value).toBeCloseTo(krippendorffAlphaNominal(expected).value!, 12);
    // ann and cat never meet: without bob there is no pair left; without ann, bob and cat remain.
    expect(byId(result, 'bob').othersAgreement).toMatchObject({ value: null, reviewers: 0, units: 0 });
    expect(byId(result, 'ann').othersAgreement).toMatchObject({ value: 1, reviewers: 2, units: 2 });
    expect(byId(result, 'bob').agreement).toMatchObject({ value: 4 / 5, reviewers: 3, units: 5 });
  });

  it('on a one-article project, the pooled alpha is computeConsensus’s alpha for that article, interval and q included', () => {
    const text = 'x'.repeat(400);
    const reviewerIds = ['ann', 'bob', 'cat', 'dan'];
    const labelOf = (id: string, p: number): Label | null => (id === 'dan' && p === 3 ? null : LABELS[(p + (id === 'cat' && p % 3 === 0 ? 1 : 0) + (id === 'dan' && p % 4 === 1 ? 2 : 0)) % 3]!);
    const one = article('only', reviewerIds, 16, labelOf);
    // Nudged edges: passages come from grouping, not from identical spans.
    const spans = one.spans.map((s, i) => ({ ...s, start: s.start + (i % 3), end: s.end - (i % 2) }));
    const consensus = computeConsensus({ text, reviewerIds, spans }).metrics.alphaNominal;
    const project = computeProjectAgreement([{ articleId: 'only', reviewerIds: [...reviewerIds].reverse(), spans, textLength: text.length }]).alpha;
    expect(consensus.interval).not.toBeNull();
    expect(consensus.value).not.toBe(1);
    for (const field of ['value', 'reviewers', 'units', 'unit', 'interval', 'belowThresholds'] as const) expect(project[field]).toEqual(consensus[field]);
  });

  it('drops spans past the text when its length is given, as computeConsensus does', () => {
    const a1 = article('a1', ['ann', 'bob'], 4, truth);
    const cut = computeProjectAgreement([{ ...a1, textLength: 50 }]);
    expect(cut.passages).toBe(3); // the passage at 60–70 is off a 50-character text
  });

  it('gives the same result whatever the order of articles, reviewers and spans', () => {
    const labelOf = (id: string, p: number) => (id === 'dan' && p % 2 === 0 ? contrary : truth)(id, p);
    const articles = [article('a1', ['ann', 'bob', 'cat', 'dan'], 7, labelOf), article('a2', ['bob', 'dan', 'cat'], 5, labelOf), article('a3', ['ann', 'dan'], 6, labelOf)];
    const shuffled = [articles[2]!, articles[0]!, articles[1]!].map((a) => ({ ...a, reviewerIds: [...a.reviewerIds].reverse(), spans: [...a.spans].reverse() }));
    const result = computeProjectAgreement(articles);
    expect(result.alpha.interval).not.toBeNull();
    expect(computeProjectAgreement(shuffled)).toEqual(result);
  });

  it('says so when there is nothing: no articles, or reviews that mark nothing', () => {
    const empty = computeProjectAgreement([]);
    expect(empty).toMatchObject({ articles: 0, passages: 0, reviewers: [], note: expect.stringMatching(/No article/) });
    expect(empty.alpha.value).toBeNull();
    const blank = computeProjectAgreement([{ articleId: 'a1', reviewerIds: ['ann', 'bob'], spans: [] }]);
    expect(blank).toMatchObject({ articles: 1, passages: 0, note: expect.stringMatching(/mark no passage/) });
    expect(blank.alpha).toMatchObject({ value: null, note: expect.stringMatching(/no passage was labelled by two or more/) });
  });

  it('refuses an article listed twice', () => {
    expect(() => computeProjectAgreement([article('a1', ['ann'], 1, truth), article('a1', ['bob'], 1, truth)])).toThrow(RangeError);
  });
});
