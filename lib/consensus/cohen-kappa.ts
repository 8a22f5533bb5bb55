// Cohen's kappa, Cohen (1960) "A coefficient of agreement for nominal scales",
// Educational and Psychological Measurement 20(1), 37–46, between two coders on
// the units both labelled: kappa = (p_o − p_e) / (1 − p_e), p_e from each
// coder's own margins. Also the reviewer × reviewer matrix of it.
//
// Its 95 % interval is analytic, κ ± 1.96 SE with the large-sample standard
// error of Fleiss, Cohen & Everitt (1969, "Large sample standard errors of
// kappa and weighted kappa", Psychological Bulletin 72(5), 323–327), clipped to
// [-1, 1]: one pass per pair over a categories² table, where a bootstrap per
// pair would cost resamples × shared units for each of up to 1,225 pairs.
//   var(κ) = [Σ_i p_ii (1 − (p_i. + p_.i)(1 − κ))² + (1 − κ)² Σ_{i≠j} p_ij (p_.i + p_j.)²
//             − (κ − p_e (1 − κ))²] / (n (1 − p_e)²)
// It is a large-sample formula: with few shared units it is too narrow, and
// where it gives no spread at all (κ = 1, or a coder who used one label
// throughout) it says nothing. So there is no interval below
// COHEN_INTERVAL_MIN_UNITS shared units or at zero variance, and the table
// shows the units beside every interval.
import type { FigureInterval, PairwiseMatrix, ReliabilityData } from './types';

export type CohenResult = {
  /** null when kappa is not defined (no shared units, or p_e = 1); `note` then says why. */
  value: number | null;
  /** p_o: share of the shared units given the same category; null when there are none. */
  observed: number | null;
  /** Units both coders labelled. */
  shared: number;
  /** κ ± 1.96 SE (Fleiss, Cohen & Everitt 1969); null when κ is not defined, rests on too few units, or the SE is 0. */
  interval: FigureInterval | null;
  note?: string;
};

/**
 * Shared units below which the large-sample interval is not shown: at 10 the
 * normal approximation to a proportion with 2 to 3 categories is already poor,
 * below it the formula's interval is mostly an artefact of the few cases.
 */
export const COHEN_INTERVAL_MIN_UNITS = 10;

/** Scratch margins and confusion table, reused across the pairs of a matrix. */
type Margins = { a: Float64Array; b: Float64Array; table: Float64Array };

export function cohenKappa(data: ReliabilityData, coderA: number, coderB: number): CohenResult {
  assertShape(data);
  for (const coder of [coderA, coderB]) {
    if (!Number.isInteger(coder) || coder < 0 || coder >= data.coders) throw new RangeError(`coder ${coder} is not one of the ${data.coders} coders`);
  }
  const margins = scratch(data.categories);
  return kappaOf(data.values, coderA, coderB, data.coders, data.units, data.categories, margins);
}

/** Cohen's kappa and observed agreement for every pair; the diagonal is null, with each coder's labelled units. */
export function pairwiseAgreement(data: ReliabilityData, reviewerIds: string[]): PairwiseMatrix {
  assertShape(data);
  const { units, coders, categories } = data;
  if (reviewerIds.length !== coders) throw new RangeError(`${reviewerIds.length} reviewer ids for ${coders} coders`);
  // Coder-major, so each pair reads two contiguous columns instead of striding the matrix.
  const columns = transpose(data);
  const margins = scratch(categories);
  const square = <T>(fill: T): T[][] => Array.from({ length: coders }, () => new Array<T>(coders).fill(fill));
  const kappas = square<number | null>(null);
  const intervals = square<FigureInterval | null>(null);
  const observedAgreement = square<number | null>(null);
  const sharedUnits = square(0);

  for (let a = 0; a < coders; a++) {
    sharedUnits[a]![a] = labelledUnits(columns, a * units, units);
    for (let b = a + 1; b < coders; b++) {
      const pair = kappaOf(columns, a * units, b * units, 1, units, categories, margins);
      kappas[a]![b] = kappas[b]![a] = pair.value;
      intervals[a]![b] = intervals[b]![a] = pair.interval;
      observedAgreement[a]![b] = observedAgreement[b]![a] = pair.observed;
      sharedUnits[a]![b] = sharedUnits[b]![a] = pair.shared;
    }
  }
  return { reviewers: [...reviewerIds], cohenKappa: kappas, cohenKappaInterval: intervals, observedAgreement, sharedUnits };
}

/** Kappa of the two value sequences starting at `indexA` and `indexB`, `step` apart, `count` long. */
function kappaOf(values: Int32Array, indexA: number, indexB: number, step: number, count: number, categories: number, margins: Margins): CohenResult {
  const { a: marginA, b: marginB, table } = margins;
  marginA.fill(0);
  marginB.fill(0);
  table.fill(0);
  let shared = 0;
  let agreed = 0;
  for (let i = 0; i < count; i++, indexA += step, indexB += step) {
    const valueA = values[indexA]!;
    const valueB = values[indexB]!;
    if (valueA < 0 || valueB < 0) continue;
    if (valueA >= categories || valueB >= categories) throw new RangeError(`value ${Math.max(valueA, valueB)} is not a category below ${categories}`);
    shared++;
    if (valueA === valueB) agreed++;
    marginA[valueA]!++;
    marginB[valueB]!++;
    table[valueA * categories + valueB]!++;
  }
  if (shared === 0) return { value: null, observed: null, shared, interval: null, note: 'the two coders share no labelled unit' };

  let chanceProducts = 0; // Σ_k n_k· × n_·k, exact in doubles
  for (let category = 0; category < categories; category++) chanceProducts += marginA[category]! * marginB[category]!;
  const observed = agreed / shared;
  // p_e = 1 exactly when both coders used one and the same category throughout.
  if (chanceProducts === shared * shared) return { value: null, observed, shared, interval: null, note: 'no variation: both coders gave every shared unit the same category, so chance agreement is 1' };
  const chance = chanceProducts / (shared * shared);
  const kappa = (observed - chance) / (1 - chance);
  return { value: kappa, observed, shared, interval: shared < COHEN_INTERVAL_MIN_UNITS ? null : analyticInterval(kappa, chance, shared, categories, margins) };
}

/** κ ± 1.96 SE, SE from Fleiss, Cohen & Everitt (1969); see the header. */
function analyticInterval(kappa: number, chance: number, shared: number, categories: number, { a, b, table }: Margins): FigureInterval | null {
  const rest = 1 - kappa;
  let sum = 0;
  for (let i = 0; i < categories; i++) {
    const pi = a[i]! / shared; // p_i. (first coder)
    const qi = b[i]! / shared; // p_.i (second coder)
    for (let j = 0; j < categories; j++) {
      const pij = table[i * categories + j]! / shared;
      if (pij === 0) continue;
      if (i === j) sum += pij * (1 - (pi + qi) * rest) ** 2;
      else sum += rest * rest * pij * (b[i]! / shared + a[j]! / shared) ** 2;
    }
  }
  const variance = (sum - (kappa - chance * rest) ** 2) / (shared * (1 - chance) ** 2);
  if (!(variance > 1e-15)) return null;
  const half = 1.959963984540054 * Math.sqrt(variance);
  return { low: Math.max(-1, kappa - half), high: Math.min(1, kappa + half), level: 0.95, resamples: 0, method: 'analytic' };
}

function scratch(categories: number): Margins {
  return { a: new Float64Array(categories), b: new Float64Array(categories), table: new Float64Array(categories * categories) };
}

function transpose({ units, coders, values }: ReliabilityData): Int32Array {
  const columns = new Int32Array(values.length);
  for (let unit = 0, row = 0; unit < units; unit++, row += coders) {
    for (let coder = 0; coder < coders; coder++) columns[coder * units + unit] = values[row + coder]!;
  }
  return columns;
}

function labelledUnits(columns: Int32Array, start: number, units: number): number {
  let labelled = 0;
  for (let i = start; i < start + units; i++) if (columns[i]! >= 0) labelled++;
  return labelled;
}

function assertShape({ units, coders, values }: ReliabilityData): void {
  if (values.length !== units * coders) throw new RangeError(`expected ${units} × ${coders} = ${units * coders} values, got ${values.length}`);
}
