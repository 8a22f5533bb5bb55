// The numbers that decide when a re-anchored annotation is trusted, in one
// place with the reasons for each. Measured against the seed article: the
// context similarity of two unrelated 32-character contexts of English news
// text has a median of 0.25, a 99th percentile of 0.41 and a 99.9th of 0.59
// per side; averaged over both sides the 99.9th percentile is 0.44.

export type ReanchorThresholds = {
  /**
   * Mean context similarity (over the stored sides) that counts as "the same
   * place": 0.5, above the 99.9th percentile of unrelated text (0.44), and
   * always met when one side is intact, whatever happened to the other.
   * Needed to keep the old offsets, and for an exact quote that is short or
   * occurs more than once.
   */
  contextMin: number;
  /**
   * A verbatim quote at least this long (about eight words, a clause) that
   * occurs exactly once is taken even if its context is gone (a moved
   * paragraph). Stock phrases of news text ("the Islamic Revolutionary Guard
   * Corps", 37) are shorter, so they still need their context.
   */
  selfEvidentLength: number;
  /**
   * How much better (in score, 0–1) the best candidate must be than the best
   * one at another place. 0.04 is about six characters of one context side,
   * and above the whole range position can contribute (0.022), so closeness
   * to the old offset never decides between places that the text itself
   * cannot tell apart: those are orphaned.
   */
  margin: number;
  /**
   * Below this length a quote is never matched approximately: one edit in a
   * word or two is a different word (Iran/Iraq), not a typo we can recognise.
   */
  fuzzyMinQuoteLength: number;
  /** An approximate match must keep this much of the quote: at most a quarter of it edited. */
  fuzzyQuoteMin: number;
  /**
   * Each stored context side of an approximate match must be at least this
   * similar. Both sides, not the mean: when a sentence is deleted, the next
   * sentence inherits its prefix, and if that sentence looks like the deleted
   * one ("…troops to Syria." / "…troops to Iran.") only the suffix tells.
   */
  fuzzySideMin: number;
  /**
   * The exception to fuzzySideMin: a nearly verbatim quote (at least this
   * similar: a word or two inserted or fixed in a sentence) with one context
   * side intact is taken even though the other side changed — the common
   * "editor's note inserted just above, typo fixed inside" revision. A deleted
   * sentence next to a look-alike ("…to Syria." / "…to Iran.") differs by a
   * whole word in a short quote and stays below it.
   */
  fuzzyOneSideQuoteMin: number;
  /** How intact that one side must be for the exception. */
  fuzzyOneSideContextMin: number;
  /**
   * Minimum overall score of an approximate match. The search for rivals
   * reaches candidates with up to half the quote edited; anything beyond
   * scores at most (50·0.5 + 20 + 20 + 2) / 92 ≈ 0.73 even with perfect
   * context, so a best of 0.77 (0.73 + margin) is known to beat everything
   * the search did not look at.
   */
  fuzzyScoreMin: number;
  /**
   * How far the search for rivals may reach, as a fraction of the quote
   * length. Wider than fuzzyQuoteMin accepts, because a rival that could not
   * be accepted itself can still make the best place ambiguous (an edited
   * passage in its old context against a closer look-alike elsewhere).
   */
  searchErrorRatio: number;
  /**
   * Cap on the search bound (Hypothesis's). approx-string-match costs
   * O(maxErrors / 32 × text length); for quotes over 512 characters the
   * bound is then below half the quote, and a rival would need a
   * near-duplicate passage of that length to go unseen.
   */
  maxSearchErrors: number;
  /**
   * A quote found verbatim at more places than this, none with its stored
   * context verbatim around it, is orphaned as ambiguous without scoring each
   * place: among a thousand copies of the same words, context that is merely
   * similar cannot pick one (choosePlace compares eight places at most).
   * Bounds the work per annotation on a repetitive text.
   */
  maxVerbatimPlaces: number;
  /**
   * Match ends with the fewest edits one approximate pass may report before
   * the quote is orphaned as ambiguous. Each end costs a second search the
   * length of the quote to find its start; on a repetitive text nearly every
   * position ends a match (a 2,000-character quote on 100,000 characters of one
   * repeated line took 5 s of CPU per annotation). One place reports a few
   * neighbouring ends, so 256 ends are dozens of equally good places.
   */
  maxApproximateMatches: number;
  /**
   * Steps of approximate matching (see search-budget.ts) one call of
   * reanchorAll may spend, over all its annotations: about 5 s of CPU.
   * bench/reanchor.ts's heaviest case (2,000 annotations on 100,000
   * characters of templated text, far more repetitive than prose) spends
   * 264 M, the seed article with 2,000 annotations 67 M (the benchmark prints
   * it). Annotations whose search would go past it are orphaned
   * ('too_costly') for a person to re-attach, never guessed.
   */
  revisionSearchBudget: number;
};

export const DEFAULT_THRESHOLDS: Readonly<ReanchorThresholds> = Object.freeze({
  contextMin: 0.5,
  selfEvidentLength: 48,
  margin: 0.04,
  fuzzyMinQuoteLength: 12,
  fuzzyQuoteMin: 0.75,
  fuzzySideMin: 0.5,
  fuzzyOneSideQuoteMin: 0.9,
  fuzzyOneSideContextMin: 0.9,
  fuzzyScoreMin: 0.77,
  searchErrorRatio: 0.5,
  maxSearchErrors: 256,
  maxVerbatimPlaces: 1_000,
  maxApproximateMatches: 256,
  revisionSearchBudget: 600_000_000,
});
