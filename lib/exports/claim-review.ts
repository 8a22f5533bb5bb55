// schema.org ClaimReview JSON-LD for a published editor verdict, ready to be
// embedded in the newsroom's fact-check page, following Google's fact-check
// markup guidelines. https://schema.org/ClaimReview
// https://developers.google.com/search/docs/appearance/structured-data/factcheck
//
// - The numeric rating is the verdict's value on the newsroom's scale, with
//   bestRating/worstRating the scale's ends; the rating's name is the
//   alternateName, the text search results show. A value the current scale
//   no longer spans (the scale was edited after the verdict) is left out
//   rather than published inconsistent; the name still goes out.
// - The claim's appearances are the page the editor recorded (appearanceUrl)
//   and the annotated article; the recorded page, when there is one, is
//   taken as the first appearance since the article quotes it.
// - `serializeJsonLd` escapes <, > and & so an explanation containing
//   "</script>" cannot end the script element it is embedded in.
import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from 'schema-dts';
import type { ExportArticle, ExportPassage, RatingOption } from './export-types';
import type { VerdictView } from '../views/consensus-views';
import { VERDICT_RULING_FIELDS, type VerdictRulingField, pickFields } from '../vocabulary';
import { resolveUnder } from './export-records';

export { claimReviewProblems } from './claim-review-problems';
export type { ClaimReviewProblem } from './claim-review-problems';

export type Newsroom = { name: string; url: string; logo?: string };

/** What a ClaimReview needs of a verdict; a VerdictView has it all. */
/** `exact` is the passage the verdict is on (the claim reviewed); without a claimDate the article's own date stands in. */
export type PublishedVerdict = Pick<VerdictView, 'passageKey' | 'exact' | VerdictRulingField>;

export type ClaimReviewInput = {
  verdict: PublishedVerdict;
  article: Pick<ExportArticle, 'id' | 'title' | 'url' | 'publisher' | 'publishedAt'>;
  newsroom: Newsroom;
  ratingScale: readonly RatingOption[];
  /** Where the fact-check pages are: an article's is <base>/<article id>, a passage its #passage-<key> anchor. */
  factCheckBaseUrl: string;
  /** When the desk published its verdicts on the article. */
  publishedAt: string;
  /** The claimant is free text; say whether it names a person (default) or an organisation. */
  claimantType?: 'Person' | 'Organization';
};

/** The verdict of an export passage in the shape claimReview takes, or null when it has none. */
export function publishedVerdictOf(passage: ExportPassage): PublishedVerdict | null {
  const { verdict } = passage;
  if (!verdict) return null;
  return { passageKey: passage.id, exact: passage.exact, ...pickFields(verdict, VERDICT_RULING_FIELDS) };
}

/** A ruling to publish, and which scale it was given on: a passage verdict on its project's, a claim verdict on the desk's. */
export type PublishedRuling = { verdict: PublishedVerdict; scale: 'project' | 'desk' };

/**
 * What a passage publishes as ClaimReview. When the passage is an appearance of
 * claims the desk has ruled on, one review per such claim, rated with the claim's
 * verdict: a fact-checking desk rules on a claim once and that ruling is its word
 * on the claim wherever it appears, so it wins over the passage's own rating (which
 * judged this wording, perhaps before the claim was ruled). The claim's text is
 * what was reviewed; the passage verdict's claimant, first appearance and date,
 * when it has them, still say who said it where. Otherwise the passage verdict, if any.
 */
export function publishedRulingsOf(passage: ExportPassage): PublishedRuling[] {
  const ruled = passage.claims.filter((claim) => claim.verdict !== null);
  const own = publishedVerdictOf(passage);
  if (ruled.length === 0) return own ? [{ verdict: own, scale: 'project' }] : [];
  const context = { claimant: own?.claimant ?? null, appearanceUrl: own?.appearanceUrl ?? null, claimDate: own?.claimDate ?? null };
  return ruled.map((claim) => {
    const { rating, ratingName, ratingValue, explanation } = claim.verdict!;
    return { verdict: { passageKey: passage.id, exact: claim.text, rating, ratingName, ratingValue, explanation, ...context }, scale: 'desk' };
  });
}

export function factCheckUrl(baseUrl: string, articleId: string, passageKey: string): string {
  return `${resolveUnder(baseUrl, encodeURIComponent(articleId))}#passage-${encodeURIComponent(passageKey)}`;
}

export function ratingOf(verdict: Pick<PublishedVerdict, 'rating' | 'ratingName' | 'ratingValue' | 'explanation'>, scale: readonly RatingOption[]): ClaimReview['reviewRating'] {
  const name = verdict.ratingName || scale.find((option) => option.key === verdict.rating)?.name || verdict.rating;
  const values = scale.map((option) => option.value);
  const value = verdict.ratingValue;
  const numeric =
    value !== null && values.length > 1 && value >= Math.min(...values) && value <= Math.max(...values)
      ? { ratingValue: value, bestRating: Math.max(...values), worstRating: Math.min(...values) }
      : {};
  return {
    '@type': 'Rating',
    ...numeric,
    alternateName: name,
    ...(verdict.explanation.trim() ? { ratingExplanation: verdict.explanation } : {}),
  };
}

function articleWork(article: ClaimReviewInput['article']): CreativeWork {
  return {
    '@type': 'CreativeWork',
    url: article.url,
    headline: article.title,
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.publisher ? { publisher: { '@type': 'Organization', name: article.publisher } } : {}),
  };
}

export function newsroomOf(newsroom: Newsroom): Organization {
  return {
    '@type': 'Organization',
    name: newsroom.name,
    url: newsroom.url,
    ...(newsroom.logo ? { logo: { '@type': 'ImageObject', url: newsroom.logo } } : {}),
  };
}

export function claimReview(input: ClaimReviewInput): WithContext<ClaimReview> {
  const { verdict, article } = input;
  const inArticle = articleWork(article);
  const recorded: CreativeWork | null = verdict.appearanceUrl && verdict.appearanceUrl !== article.url ? { '@type': 'CreativeWork', url: verdict.appearanceUrl } : null;
  const claimant: Person | Organization | null = verdict.claimant ? { '@type': input.claimantType ?? 'Person', name: verdict.claimant } : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: factCheckUrl(input.factCheckBaseUrl, article.id, verdict.passageKey),
    claimReviewed: verdict.exact,
    datePublished: input.publishedAt,
    author: newsroomOf(input.newsroom),
    reviewRating: ratingOf(verdict, input.ratingScale),
    itemReviewed: {
      '@type': 'Claim',
      ...(claimant ? { author: claimant } : {}),
      ...((verdict.claimDate ?? article.publishedAt) ? { datePublished: verdict.claimDate ?? article.publishedAt ?? undefined } : {}),
      appearance: recorded ? [recorded, inArticle] : [inArticle],
      firstAppearance: recorded ?? inArticle,
    },
  };
}

/** JSON for a <script type="application/ld+json"> element: the markup characters escaped so the text cannot close the element. */
export function serializeJsonLd(document: object): string {
  return JSON.stringify(document)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
