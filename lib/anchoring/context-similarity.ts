// How well the text around a candidate span agrees with the context stored in
// the quote selector. The prefix must end exactly where the candidate starts
// and the suffix must start exactly where it ends: a context that matches
// somewhere nearby but not adjacent is not evidence for this candidate.
import { costsEndingAt, costsStartingAt } from './edit-distance';

/** 1 = the stored prefix ends exactly at `at`; 0 = nothing of it is there. Null when there is no stored prefix. */
export function prefixSimilarity(text: string, at: number, prefix: string): number | null {
  if (prefix.length === 0) return null;
  return 1 - costsEndingAt(prefix, text, at, at)[0]! / prefix.length;
}

/** 1 = the stored suffix starts exactly at `at`; 0 = nothing of it is there. Null when there is no stored suffix. */
export function suffixSimilarity(text: string, at: number, suffix: string): number | null {
  if (suffix.length === 0) return null;
  return 1 - costsStartingAt(suffix, text, at, at)[0]! / suffix.length;
}
