import 'server-only';
// The figures of lib/consensus are pure functions of their input, their bootstraps seeded from the
// data they resample, so a result is kept per process by a digest of that input. The consensus
// page, its live refreshes and the consensus API recompute them on every request, and most of
// those requests change nothing they read: a pending reviewer's draft (the live page's slow lane)
// moves only the progress counts, and an editor's page refreshes for each one. The bootstraps
// (1,000 resamples of Krippendorff's alphas, for each signal over its whole project) were the
// largest single item of the consensus page's refresh (bench/desk-scale.ts --costs --profile).
// Results are frozen: every caller shares them.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { computeConsensus } from '../../consensus/compute-consensus';
import { type SignalAlpha, signalAlpha } from '../../consensus/signal-agreement';
import type { ConsensusInput, ConsensusResult } from '../../consensus/types';

// Bounded by the results' size as JSON (twice, for the objects' overhead): about 64 MB; a result is
// an article's passages, coverage and figures, or one signal's alpha, tens of kilobytes at most.
const results = new LRUCache<string, object>({ maxSize: 64_000_000, sizeCalculation: (value, key) => key.length + JSON.stringify(value).length * 2 });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** compute(), once per process for the same kind and input (which must determine its result), frozen. */
function computedOnce<T extends object>(kind: string, input: unknown, compute: () => T): T {
  const key = `${kind}:${createHash('sha256').update(JSON.stringify(input)).digest('base64url')}`;
  let result = results.get(key) as T | undefined;
  if (!result) {
    result = deepFreeze(compute());
    results.set(key, result);
  }
  return result;
}

/** computeConsensus(input). */
export function computedConsensus(input: ConsensusInput): ConsensusResult {
  return computedOnce('consensus', input, () => computeConsensus(input));
}

/** signalAlpha(signal, answers), with its bootstrap interval. */
export function computedSignalAlpha(...args: Parameters<typeof signalAlpha>): SignalAlpha {
  return computedOnce('signal-alpha', args, () => signalAlpha(...args));
}
