// Which desk claims a passage of an article is an appearance of, so the claim's
// verdict can be shown and exported wherever the claim appears (issue 15: "the
// verdict of a claim carries to its appearances").
//
// An appearance is a span of the revision it was linked on. It counts on the
// current text when it was linked on the current revision, or when the current
// text still holds its quote at the same offsets (a revision elsewhere in the
// article); otherwise it is not placed (the claim page still lists it).
// A passage shows every placed appearance its span overlaps: consensus passages
// and linked spans are cut by different people, so exact equality would miss
// a claim linked on a slightly longer or shorter stretch of the same sentence.

export type ClaimRuling = { rating: string; ratingName: string; ratingValue: number | null; explanation: string; at: string };

/** A claim as a passage carries it: the claim page's address is /claims/<id>. */
export type PassageClaim = { id: string; text: string; verdict: ClaimRuling | null };

export type ArticleClaimAppearance = { start: number; end: number; exact: string; revision: number; claim: PassageClaim };

/** The appearances that still stand on the article's current text. */
export function placedAppearances<A extends ArticleClaimAppearance>(appearances: readonly A[], article: { text: string; revision: number }): A[] {
  return appearances.filter((appearance) => appearance.revision === article.revision || article.text.slice(appearance.start, appearance.end) === appearance.exact);
}

/** The claims a span is an appearance of, each once, in the order of `appearances`. */
export function claimsOfSpan(span: { start: number; end: number }, appearances: readonly ArticleClaimAppearance[]): PassageClaim[] {
  const claims = new Map<string, PassageClaim>();
  for (const appearance of appearances) {
    if (appearance.start < span.end && span.start < appearance.end && !claims.has(appearance.claim.id)) claims.set(appearance.claim.id, appearance.claim);
  }
  return [...claims.values()];
}

/** The claims among them the desk has ruled on. */
export function ruledClaims(claims: readonly PassageClaim[]): (PassageClaim & { verdict: ClaimRuling })[] {
  return claims.filter((claim): claim is PassageClaim & { verdict: ClaimRuling } => claim.verdict !== null);
}
