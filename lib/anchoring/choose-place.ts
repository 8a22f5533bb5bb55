// Decides between the best-scoring places for a quote, or declines to. A
// place wins by being ahead of every other by the margin, or, among places
// within the margin of the top, by being the only one with its stored context
// verbatim around it. The second rule is for repeated sentences whose
// contexts differ by a character or two ("In 2014, …" / "In 2015, …"): too
// little for the margin, yet decisive, because text matching the stored
// context exactly is almost never a coincidence. Places whose contexts are
// merely similar must still be told apart by the margin, and position, whose
// whole range is below the margin, can never decide alone.
import { contextIntact, type CandidateEvidence } from './score-candidate';

export type ScoredPlace = { evidence: CandidateEvidence; score: number };

/** `places` are distinct places, best score first. Null when no place is clearly the one. */
export function choosePlace<Place extends ScoredPlace>(places: readonly Place[], margin: number): Place | null {
  const best = places[0];
  if (best === undefined) return null;
  const contenders = places.filter((place) => best.score - place.score < margin);
  if (contenders.length === 1) return best;
  const intact = contenders.filter((place) => contextIntact(place.evidence));
  return intact.length === 1 ? intact[0]! : null;
}
