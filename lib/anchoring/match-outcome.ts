// What a matching step concludes: a candidate it vouches for, or why none.
import type { Candidate } from './measure-candidate';

export type ReanchorMethod = 'exact-unique' | 'exact-context' | 'fuzzy';

export type OrphanReason =
  /** The stored quote is empty: nothing to look for. */
  | 'empty_quote'
  /** Nothing in the new text resembles the quote closely enough to consider. */
  | 'not_found'
  /** The closest match has too much of the quote changed. */
  | 'too_different'
  /** The quote (or something like it) is there, but not between its old neighbours. */
  | 'context_mismatch'
  /** Quote and context both fit only moderately; not enough to trust. */
  | 'weak_match'
  /** Two or more places fit (almost) equally well: guessing would be wrong half the time. */
  | 'ambiguous'
  /** Finding it would take more approximate matching than a revision may spend (see thresholds.revisionSearchBudget). */
  | 'too_costly';

export type MatchOutcome = { ok: true; candidate: Candidate; method: ReanchorMethod } | { ok: false; reason: OrphanReason };
