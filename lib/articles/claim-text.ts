// How claim text and passages are compared: one normal form for both (what the
// trigram and full-text indexes of "Claim"."normalizedText" are built on), and
// the weights that turn the two measures into one score in [0, 1].
import { foldScriptVariants } from './search-text';

/** Longest claim, in characters: a claim is a sentence or two, not an article. */
export const MAX_CLAIM_CHARS = 1_000;
/** Longest passage suggestions are computed for; a longer one is cut (trigram work grows with its length). */
export const MAX_SUGGESTION_PASSAGE_CHARS = 2_000;
/** How many suggestions a passage gets. */
export const SUGGESTION_LIMIT = 5;
/** Below this score a claim is not offered: a shared word or two is not a match (bench/claim-suggestions.ts measures it). */
export const MIN_SUGGESTION_SCORE = 0.25;

/**
 * Lower case, compatibility forms and script variants folded (NFKC, Arabic
 * harakat, ی/ي and ک/ك, Persian digits: foldScriptVariants), typographic quotes
 * and dashes made plain, whitespace collapsed: "Russia’s  Troops" and "russia's
 * troops" compare equal, and so do a Persian claim typed on an Arabic keyboard and its passage.
 */
export function normalizeClaimText(text: string): string {
  return foldScriptVariants(text)
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The score of a claim for a passage: the mean of
 * - trigram similarity, the better of the claim found within the passage and
 *   the passage within the claim (word_similarity both ways: either may be the longer), and
 * - lexeme coverage, the share of the claim's stemmed words (to_tsvector) the passage contains.
 * Both are in [0, 1], so the score is too.
 */
export function claimScore(trigram: number, coverage: number): number {
  const clamp = (value: number) => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
  return Math.round(((clamp(trigram) + clamp(coverage)) / 2) * 1000) / 1000;
}
