// Dawid & Skene (1979), "Maximum likelihood estimation of observer error-rates
// using the EM algorithm", Applied Statistics 28(1): 20–28. Estimates, from
// the reviewers' labels alone, each reviewer's confusion matrix (how often
// they give label l when the truth is k), the class priors and, per unit, the
// posterior probability of each true label. A reviewer's labels then weigh by
// how reliable they have shown themselves to be across the article.
//
// - Missing votes are simply absent: a unit contributes only the labels given.
// - Initialisation: per unit, the share of its labels in each category (the
//   paper's eq. 3.1, a soft majority vote).
// - Each iteration is an M-step (priors and confusion matrices from the current
//   posteriors, the paper's eqs. 2.3–2.4) then an E-step (posteriors, eq. 2.5,
//   in log space so that hundreds of reviewers do not underflow).
// - Smoothing: `smoothing` pseudo-counts (default 0.01) are added to every
//   prior class count and every confusion-matrix cell before normalising, so
//   no probability is exactly 0 and one unseen combination cannot veto a
//   class. That is light next to the unit counts (each unit weighs 1); 0 gives
//   the paper's plain maximum likelihood.
// - Stops after `iterations` (default 50) or once no posterior moves by more
//   than `tolerance` (default 1e-6). Deterministic: no random starts.
// - Reliability of a coder: Σ_k prior_k · π_kk, the probability that their
//   label equals the true one; null for a coder who gave no label.

export type Observation = { unit: number; coder: number; category: number };

export type DawidSkeneOptions = { iterations?: number; tolerance?: number; smoothing?: number };

export type DawidSkeneFit = {
  units: number;
  coders: number;
  categories: number;
  /** Posterior of each true category per unit, unit-major (units × categories); the priors for a unit with no labels. */
  posteriors: Float64Array;
  /** Most probable category per unit (ties → lowest index); -1 for a unit with no labels. */
  labels: Int32Array;
  /** The posterior of `labels[u]`. */
  probabilities: Float64Array;
  priors: Float64Array;
  /** confusion[(c * K + k) * K + l] = P(coder c says l | truth k). */
  confusion: Float64Array;
  reliability: (number | null)[];
  iterations: number;
  converged: boolean;
};

type Problem = {
  units: number;
  coders: number;
  categories: number;
  /** Observations grouped by unit: those of unit u are offsets[u] .. offsets[u + 1]. */
  offsets: Int32Array;
  coder: Int32Array;
  category: Int32Array;
  /** confusion index of (coder, truth 0, category); truth k adds k · K. Saves the arithmetic in the hot loops. */
  cell: Int32Array;
};

function buildProblem(units: number, coders: number, categories: number, observations: readonly Observation[]): Problem {
  const offsets = new Int32Array(units + 1);
  for (const { unit } of observations) offsets[unit + 1]! += 1;
  for (let u = 0; u < units; u++) offsets[u + 1]! += offsets[u]!;
  const fill = offsets.slice(0, units);
  const coder = new Int32Array(observations.length);
  const category = new Int32Array(observations.length);
  const cell = new Int32Array(observations.length);
  for (const observation of observations) {
    const at = fill[observation.unit]!++;
    coder[at] = observation.coder;
    category[at] = observation.category;
    cell[at] = observation.coder * categories * categories + observation.category;
  }
  return { units, coders, categories, offsets, coder, category, cell };
}

function initialPosteriors(problem: Problem): Float64Array {
  const { units, categories: K, offsets, category } = problem;
  const posteriors = new Float64Array(units * K);
  for (let u = 0; u < units; u++) {
    const count = offsets[u + 1]! - offsets[u]!;
    for (let o = offsets[u]!; o < offsets[u + 1]!; o++) posteriors[u * K + category[o]!]! += 1 / count;
  }
  return posteriors;
}

/** M-step: priors and confusion matrices from the posteriors, with `smoothing` pseudo-counts. */
function estimateParameters(problem: Problem, posteriors: Float64Array, smoothing: number) {
  const { units, coders, categories: K, offsets, cell } = problem;
  const priors = new Float64Array(K).fill(smoothing);
  const confusion = new Float64Array(coders * K * K).fill(smoothing);
  for (let u = 0, row = 0; u < units; u++, row += K) {
    const first = offsets[u]!;
    const last = offsets[u + 1]!;
    if (first === last) continue;
    for (let k = 0; k < K; k++) {
      const weight = posteriors[row + k]!;
      priors[k]! += weight;
      for (let o = first, step = k * K; o < last; o++) confusion[cell[o]! + step]! += weight;
    }
  }
  normaliseRows(priors, K);
  normaliseRows(confusion, K);
  return { priors, confusion };
}

/** Scales each run of `width` values to sum to 1; an all-zero run becomes uniform. */
function normaliseRows(values: Float64Array, width: number): void {
  for (let row = 0; row < values.length; row += width) {
    let sum = 0;
    for (let i = row; i < row + width; i++) sum += values[i]!;
    for (let i = row; i < row + width; i++) values[i] = sum > 0 ? values[i]! / sum : 1 / width;
  }
}

/** Element-wise natural logarithm, as a plain loop (this is the hot path). */
function logarithms(values: Float64Array): Float64Array {
  const logs = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) logs[i] = Math.log(values[i]!);
  return logs;
}

/** The largest value; a loop rather than Math.max(...values), which spreads the array on every unit. */
function largest(values: Float64Array): number {
  let top = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > top) top = values[i]!;
  return top;
}

/** E-step: posteriors from priors and confusion matrices; returns the largest change. */
function estimatePosteriors(problem: Problem, priors: Float64Array, confusion: Float64Array, posteriors: Float64Array): number {
  const { units, categories: K, offsets, cell } = problem;
  const logPriors = logarithms(priors);
  const logConfusion = logarithms(confusion);
  const scores = new Float64Array(K);
  let change = 0;
  for (let u = 0; u < units; u++) {
    const first = offsets[u]!;
    const last = offsets[u + 1]!;
    for (let k = 0, step = 0; k < K; k++, step += K) {
      let score = logPriors[k]!;
      for (let o = first; o < last; o++) score += logConfusion[cell[o]! + step]!;
      scores[k] = score;
    }
    let top = largest(scores);
    // Every class impossible (only without smoothing): fall back to the priors.
    if (top === -Infinity) {
      scores.set(logPriors);
      top = largest(logPriors);
    }
    let sum = 0;
    for (let k = 0; k < K; k++) sum += (scores[k] = Math.exp(scores[k]! - top));
    for (let k = 0; k < K; k++) {
      const next = scores[k]! / sum;
      change = Math.max(change, Math.abs(next - posteriors[u * K + k]!));
      posteriors[u * K + k] = next;
    }
  }
  return change;
}

function reliabilities(problem: Problem, priors: Float64Array, confusion: Float64Array): (number | null)[] {
  const { coders, categories: K, coder } = problem;
  const labelled = new Uint8Array(coders);
  for (const c of coder) labelled[c] = 1;
  return Array.from({ length: coders }, (_, c) => {
    if (!labelled[c]) return null;
    let sum = 0;
    for (let k = 0; k < K; k++) sum += priors[k]! * confusion[(c * K + k) * K + k]!;
    return sum;
  });
}

function argmax(problem: Problem, posteriors: Float64Array) {
  const { units, categories: K, offsets } = problem;
  const labels = new Int32Array(units).fill(-1);
  const probabilities = new Float64Array(units);
  for (let u = 0; u < units; u++) {
    if (offsets[u + 1] === offsets[u]) continue;
    let best = 0;
    for (let k = 1; k < K; k++) if (posteriors[u * K + k]! > posteriors[u * K + best]!) best = k;
    labels[u] = best;
    probabilities[u] = posteriors[u * K + best]!;
  }
  return { labels, probabilities };
}

/** Fits the model to observations (unit, coder, category); a coder may label a unit more than once, as in the paper. */
export function fitDawidSkene(units: number, coders: number, categories: number, observations: readonly Observation[], options: DawidSkeneOptions = {}): DawidSkeneFit {
  const { tolerance = 1e-6, smoothing = 0.01 } = options;
  const cap = Math.max(1, Math.floor(options.iterations ?? 50));
  const problem = buildProblem(units, coders, categories, observations);
  const posteriors = initialPosteriors(problem);
  let model: ReturnType<typeof estimateParameters>;
  let iterations = 0;
  let converged = false;
  do {
    model = estimateParameters(problem, posteriors, smoothing);
    converged = estimatePosteriors(problem, model.priors, model.confusion, posteriors) < tolerance;
    iterations++;
  } while (iterations < cap && !converged);
  const { labels, probabilities } = argmax(problem, posteriors);
  const reliability = reliabilities(problem, model.priors, model.confusion);
  return { units, coders, categories, posteriors, labels, probabilities, priors: model.priors, confusion: model.confusion, reliability, iterations, converged };
}

/** The same over a units × coders matrix of category indices, -1 where missing. */
export function dawidSkene(data: { units: number; coders: number; categories: number; values: Int32Array }, options: DawidSkeneOptions = {}): DawidSkeneFit {
  const observations: Observation[] = [];
  for (let unit = 0; unit < data.units; unit++) {
    for (let coder = 0; coder < data.coders; coder++) {
      const category = data.values[unit * data.coders + coder]!;
      if (category >= 0) observations.push({ unit, coder, category });
    }
  }
  return fitDawidSkene(data.units, data.coders, data.categories, observations, options);
}
