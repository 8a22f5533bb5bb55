// What the claim routes and pages answer. `source` is the outlet of the article an
// appearance is in: its Source record, else (an article not yet linked to one) its
// publisher's name with a null id — see appearanceSource in lib/server/data/claims/claim-select.ts.

export type AppearanceSource = { id: string | null; name: string };

export type ClaimAppearanceView = {
  id: string;
  articleId: string;
  articleTitle: string;
  /** The article's public address when it has one. */
  articleUrl: string | null;
  source: AppearanceSource | null;
  /** When the article was published (null when unknown). */
  publishedAt: string | null;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  revision: number;
  createdAt: string;
};

export type ClaimVerdictView = { rating: string; ratingName: string; ratingValue: number | null; explanation: string; by: { id: string; name: string }; at: string };

export type ClaimView = {
  id: string;
  text: string;
  createdAt: string;
  createdBy: { id: string; name: string };
  verdict: ClaimVerdictView | null;
  appearances: ClaimAppearanceView[];
};

export type ClaimSummary = Omit<ClaimView, 'appearances'> & { appearanceCount: number };

export type ClaimSuggestion = { claimId: string; score: number; text: string };

/** The appearance a claim was first seen in: the earliest published article (unknown dates last), then the earliest linked. */
export function firstAppearanceOf<A extends Pick<ClaimAppearanceView, 'publishedAt' | 'createdAt'>>(appearances: readonly A[]): A | null {
  const sorted = [...appearances].sort((a, b) => {
    if (a.publishedAt !== b.publishedAt) {
      if (a.publishedAt === null) return 1;
      if (b.publishedAt === null) return -1;
      return a.publishedAt < b.publishedAt ? -1 : 1;
    }
    return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
  });
  return sorted[0] ?? null;
}
