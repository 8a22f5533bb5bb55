import { describe, expect, it } from 'vitest';
import { claimReview, claimReviewProblems, factCheckUrl, publishedRulingsOf, publishedVerdictOf, serializeJsonLd, type ClaimReviewInput } from './claim-review';
import { buildExportArticle, buildExportPassage, deletePath as unset, setPath as set, viaJson } from './export-fixtures';
import type { RatingOption } from './export-types';

// The default scale the migration seeds: 'unsupported' sits at 0.
const SEEDED_SCALE: RatingOption[] = [
  { key: 'true', name: 'True', value: 5 },
  { key: 'mostly_true', name: 'Mostly true', value: 4 },
  { key: 'mixed', name: 'Mixed', value: 3 },
  { key: 'mostly_false', name: 'Mostly false', value: 2 },
  { key: 'false', name: 'False', value: 1 },
  { key: 'unsupported', name: 'Unsupported', value: 0 },
];
const ONE_TO_FIVE = SEEDED_SCALE.filter((option) => option.value >= 1);

function input(overrides: Partial<ClaimReviewInput> = {}): ClaimReviewInput {
  const passage = buildExportPassage('taxes fell 10%');
  return {
    verdict: publishedVerdictOf(passage)!,
    article: buildExportArticle(),
    newsroom: { name: 'Example Fact Desk', url: 'https://factdesk.example/', logo: 'https://factdesk.example/logo.png' },
    ratingScale: ONE_TO_FIVE,
    factCheckBaseUrl: 'https://factdesk.example/fact-checks',
    publishedAt: '2026-11-24T09:00:00.000Z',
    ...overrides,
  };
}

describe('claimReview', () => {
  it('builds the markup Google documents for a fact check', () => {
    const doc = claimReview(input());
    const article = buildExportArticle();
    expect(doc).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://factdesk.example/fact-checks/${article.id}#passage-${encodeURIComponent(buildExportPassage('taxes fell 10%').id)}`,
      claimReviewed: 'taxes fell 10%',
      datePublished: '2026-11-24T09:00:00.000Z',
      author: { '@type': 'Organization', name: 'Example Fact Desk', url: 'https://factdesk.example/', logo: { '@type': 'ImageObject', url: 'https://factdesk.example/logo.png' } },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Mostly false',
        ratingExplanation: 'Taxes fell 4%, not 10%; the "lowest since 1990" part is wrong too.\nSource: budget.',
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Minister of Finance' },
        datePublished: '2026-11-19',
        appearance: [
          { '@type': 'CreativeWork', url: 'https://video.example/speech#t=120' },
          { '@type': 'CreativeWork', url: article.url, headline: article.title, datePublished: article.publishedAt, publisher: { '@type': 'Organization', name: 'The Example Times' } },
        ],
        firstAppearance: { '@type': 'CreativeWork', url: 'https://video.example/speech#t=120' },
      },
    });
    expect(claimReviewProblems(doc)).toEqual([]);
  });

  it('falls back to the article as the appearance and names an organisation claimant when told to', () => {
    const verdict = { ...publishedVerdictOf(buildExportPassage('taxes fell 10%'))!, appearanceUrl: null, claimant: 'Ministry of Finance' };
    const doc = claimReview(input({ verdict, claimantType: 'Organization' }));
    const claim = doc.itemReviewed as Record<string, unknown>;
    expect(claim.author).toEqual({ '@type': 'Organization', name: 'Ministry of Finance' });
    expect(claim.firstAppearance).toMatchObject({ url: buildExportArticle().url });
    expect(claim.appearance).toHaveLength(1);
  });

  it('dates the claim by the article when the editor did not record when it was made', () => {
    const verdict = { ...publishedVerdictOf(buildExportPassage('taxes fell 10%'))!, claimDate: null };
    expect((claimReview(input({ verdict })).itemReviewed as Record<string, unknown>).datePublished).toBe(buildExportArticle().publishedAt);
  });

  it('derives best and worst from the scale, and flags the seeded scale whose worst is 0', () => {
    const doc = claimReview(input({ ratingScale: SEEDED_SCALE }));
    expect(doc.reviewRating).toMatchObject({ bestRating: 5, worstRating: 0, ratingValue: 2 });
    const problems = claimReviewProblems(doc);
    expect(problems.filter((problem) => problem.level === 'required')).toEqual([]);
    expect(problems.map((problem) => problem.property)).toEqual(['reviewRating.worstRating']);
  });

  it('leaves the numbers out, keeping the name, when there is no value or the scale no longer spans it', () => {
    const passage = buildExportPassage('taxes fell 10%');
    for (const ratingValue of [null, 9]) {
      const doc = claimReview(input({ verdict: { ...publishedVerdictOf(passage)!, ratingValue } }));
      expect(doc.reviewRating).not.toHaveProperty('ratingValue');
      expect(doc.reviewRating).not.toHaveProperty('bestRating');
      expect(doc.reviewRating).toMatchObject({ alternateName: 'Mostly false' });
      expect(claimReviewProblems(doc).filter((problem) => problem.level === 'required')).toEqual([]);
    }
  });

  it('names the rating from the scale when the verdict copied no name, else by its key', () => {
    const verdict = { ...publishedVerdictOf(buildExportPassage('taxes fell 10%'))!, ratingName: '' };
    expect(claimReview(input({ verdict })).reviewRating).toMatchObject({ alternateName: 'Mostly false' });
    expect(claimReview(input({ verdict: { ...verdict, rating: 'pants_on_fire' } })).reviewRating).toMatchObject({ alternateName: 'pants_on_fire' });
  });

  it('has no verdict to publish for a passage without one', () => {
    expect(publishedVerdictOf(buildExportPassage('taxes fell 10%', { verdict: null }))).toBeNull();
  });

  it('keeps an app served under a path prefix in the fact-check URL', () => {
    expect(factCheckUrl('https://factdesk.example/checks/', 'a b', '3-9')).toBe('https://factdesk.example/checks/a%20b#passage-3-9');
  });
});

describe('publishedRulingsOf', () => {
  const claimVerdict = { rating: 'false', ratingName: 'False', ratingValue: 1, explanation: 'Taxes rose 2%.', at: '2026-11-20T00:00:00.000Z' };

  it('publishes the passage verdict, on its project scale, when no ruled claim covers the passage', () => {
    const passage = buildExportPassage('taxes fell 10%', { claims: [{ id: 'c1', text: 'Taxes fell', verdict: null }] });
    expect(publishedRulingsOf(passage)).toEqual([{ verdict: publishedVerdictOf(passage), scale: 'project' }]);
    expect(publishedRulingsOf(buildExportPassage('taxes fell 10%', { verdict: null }))).toEqual([]);
  });

  it("rates a passage linked to a ruled claim with the claim's verdict, on the desk scale, keeping the passage's claimant and date", () => {
    const passage = buildExportPassage('taxes fell 10%', { claims: [{ id: 'c1', text: 'Taxes fell by a tenth', verdict: claimVerdict }] });
    const [ruling, ...rest] = publishedRulingsOf(passage);
    expect(rest).toEqual([]);
    expect(ruling!.scale).toBe('desk');
    expect(ruling!.verdict).toMatchObject({ exact: 'Taxes fell by a tenth', rating: 'false', ratingName: 'False', ratingValue: 1, explanation: 'Taxes rose 2%.', claimant: passage.verdict!.claimant, claimDate: passage.verdict!.claimDate });
    expect(claimReview(input({ verdict: ruling!.verdict })).reviewRating).toMatchObject({ alternateName: 'False', ratingValue: 1 });
  });

  it('carries a claim verdict to a passage the desk gave no verdict of its own', () => {
    const passage = buildExportPassage('taxes fell 10%', { verdict: null, claims: [{ id: 'c1', text: 'Taxes fell', verdict: claimVerdict }] });
    expect(publishedRulingsOf(passage).map((ruling) => ruling.verdict)).toEqual([
      { passageKey: passage.id, exact: 'Taxes fell', rating: 'false', ratingName: 'False', ratingValue: 1, explanation: 'Taxes rose 2%.', claimant: null, appearanceUrl: null, claimDate: null },
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot be broken out of its script element, and parses back to the same document', () => {
    const verdict = { ...publishedVerdictOf(buildExportPassage('taxes fell 10%'))!, explanation: 'Nope </script><script>alert("x")</script> & 🧪\u2028done' };
    const doc = claimReview(input({ verdict }));
    const json = serializeJsonLd(doc);
    expect(json).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(json)).toEqual(doc);
  });
});

describe('claimReviewProblems', () => {
  const valid = () => viaJson(claimReview(input()));
  const cases: [string, (doc: Record<string, unknown>) => void, 'required' | 'recommended', string][] = [
    ['no claimReviewed', (doc) => unset(doc, 'claimReviewed'), 'required', 'claimReviewed'],
    ['an empty claimReviewed', (doc) => set(doc, 'claimReviewed', '  '), 'required', 'claimReviewed'],
    ['no reviewRating', (doc) => unset(doc, 'reviewRating'), 'required', 'reviewRating'],
    ['a rating with neither name nor value', (doc) => set(doc, 'reviewRating', { '@type': 'Rating' }), 'required', 'reviewRating'],
    ['a numeric rating without bestRating', (doc) => unset(doc, 'reviewRating.bestRating'), 'required', 'reviewRating'],
    ['a value outside the scale', (doc) => set(doc, 'reviewRating.ratingValue', 7), 'required', 'reviewRating.ratingValue'],
    ['worst above best', (doc) => set(doc, 'reviewRating.worstRating', 6), 'required', 'reviewRating.worstRating'],
    ['no url', (doc) => unset(doc, 'url'), 'required', 'url'],
    ['a relative url', (doc) => set(doc, 'url', '/fact-checks/1'), 'required', 'url'],
    ['no author', (doc) => unset(doc, 'author'), 'required', 'author'],
    ['an author without a name', (doc) => set(doc, 'author', { '@type': 'Organization', url: 'https://factdesk.example/' }), 'required', 'author'],
    ['the wrong type', (doc) => set(doc, '@type', 'Review'), 'required', '@type'],
    ['the wrong context', (doc) => set(doc, '@context', 'https://example.org'), 'required', '@context'],
    ['no alternateName', (doc) => unset(doc, 'reviewRating.alternateName'), 'recommended', 'reviewRating.alternateName'],
    ['no explanation', (doc) => unset(doc, 'reviewRating.ratingExplanation'), 'recommended', 'reviewRating.ratingExplanation'],
    ['no datePublished', (doc) => unset(doc, 'datePublished'), 'recommended', 'datePublished'],
    ['a datePublished that is not ISO 8601', (doc) => set(doc, 'datePublished', '24 Nov 2026'), 'recommended', 'datePublished'],
    ['no itemReviewed', (doc) => unset(doc, 'itemReviewed'), 'recommended', 'itemReviewed'],
    ['a claim without author', (doc) => unset(doc, 'itemReviewed.author'), 'recommended', 'itemReviewed.author'],
    ['a claim without date', (doc) => unset(doc, 'itemReviewed.datePublished'), 'recommended', 'itemReviewed.datePublished'],
    ['a claim without appearances', (doc) => (unset(doc, 'itemReviewed.appearance'), unset(doc, 'itemReviewed.firstAppearance')), 'recommended', 'itemReviewed.appearance'],
    ['a newsroom without url', (doc) => unset(doc, 'author.url'), 'recommended', 'author.url'],
    ['a long claimReviewed', (doc) => set(doc, 'claimReviewed', 'x'.repeat(120)), 'recommended', 'claimReviewed'],
  ];
  it.each(cases)('flags %s', (_name, breakIt, level, property) => {
    const doc = valid();
    breakIt(doc);
    expect(claimReviewProblems(doc)).toContainEqual(expect.objectContaining({ level, property }));
  });

  it('accepts a textual rating alone, and refuses what is not an object', () => {
    const doc = valid();
    set(doc, 'reviewRating', { '@type': 'Rating', alternateName: 'False', ratingExplanation: 'x' });
    expect(claimReviewProblems(doc)).toEqual([]);
    expect(claimReviewProblems(null)).toEqual([expect.objectContaining({ level: 'required' })]);
  });
});
