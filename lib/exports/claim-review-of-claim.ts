// schema.org ClaimReview JSON-LD for a claim the desk ruled on, across every
// article it appears in: itemReviewed is the Claim, its `appearance` one
// CreativeWork per article (url, headline, datePublished and publisher where
// known; several passages of one article are one work), and `firstAppearance`
// the earliest published of them (unknown dates last). The rating is built as
// for a passage's verdict (claim-review.ts); claimReviewProblems checks both.
import type { ClaimReview, CreativeWork, WithContext } from 'schema-dts';
import { firstAppearanceOf } from '../views/claim-views';
import type { ClaimAppearanceView, ClaimVerdictView } from '../views/claim-views';
import { newsroomOf, ratingOf, type Newsroom } from './claim-review';
import type { RatingOption } from './export-types';

export type ClaimReviewOfClaimInput = {
  claim: { id: string; text: string; verdict: ClaimVerdictView };
  /** The appearances with the address each article is read at (its public URL, else its workbench page). */
  appearances: readonly (Pick<ClaimAppearanceView, 'articleId' | 'articleTitle' | 'source' | 'publishedAt' | 'createdAt'> & { url: string })[];
  newsroom: Newsroom;
  ratingScale: readonly RatingOption[];
  /** The absolute address of the claim's fact-check page. */
  url: string;
};

function appearanceWork(appearance: ClaimReviewOfClaimInput['appearances'][number]): CreativeWork {
  return {
    '@type': 'CreativeWork',
    url: appearance.url,
    headline: appearance.articleTitle,
    ...(appearance.publishedAt ? { datePublished: appearance.publishedAt } : {}),
    ...(appearance.source ? { publisher: { '@type': 'Organization', name: appearance.source.name } } : {}),
  };
}

export function claimReviewOfClaim(input: ClaimReviewOfClaimInput): WithContext<ClaimReview> {
  const { claim } = input;
  const perArticle = [...new Map(input.appearances.map((appearance) => [appearance.articleId, appearance])).values()];
  const first = firstAppearanceOf(perArticle);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    claimReviewed: claim.text,
    datePublished: claim.verdict.at,
    author: newsroomOf(input.newsroom),
    reviewRating: ratingOf(claim.verdict, input.ratingScale),
    itemReviewed: {
      '@type': 'Claim',
      ...(first?.publishedAt ? { datePublished: first.publishedAt } : {}),
      appearance: perArticle.map(appearanceWork),
      ...(first ? { firstAppearance: appearanceWork(first) } : {}),
    },
  };
}
