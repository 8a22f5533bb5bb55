// Re-anchors every annotation of an article to a new revision and sorts the
// outcomes into the revision report the server shows: kept (same offsets),
// moved (found at new offsets, or in place with edited text), orphaned.
import { reanchor, type ReanchorOptions, type ReanchorResult } from './reanchor';
import { SearchBudget } from './search-budget';
import { DEFAULT_THRESHOLDS } from './thresholds';
import type { TextSelectors } from './selectors';

export type AnchoredAnnotation<Id> = { id: Id; selectors: TextSelectors };

export type ReanchorReport<Id> = {
  kept: Id[];
  moved: { id: Id; start: number; end: number }[];
  orphaned: Id[];
  /** Every annotation's full result (method, score, orphan reason), by id. */
  results: Map<Id, ReanchorResult>;
  /** Steps of approximate matching spent, of options.revisionSearchBudget (for benchmarks). */
  searchSteps: number;
};

export function reanchorAll<Id>(annotations: readonly AnchoredAnnotation<Id>[], newText: string, options: ReanchorOptions = {}): ReanchorReport<Id> {
  const report: ReanchorReport<Id> = { kept: [], moved: [], orphaned: [], results: new Map(), searchSteps: 0 };
  // One budget for the whole revision: many annotations must not add up to an unbounded amount of work.
  const budget = new SearchBudget(options.revisionSearchBudget ?? DEFAULT_THRESHOLDS.revisionSearchBudget);
  for (const { id, selectors } of annotations) {
    const result = reanchor(selectors, newText, options, budget);
    report.results.set(id, result);
    if (result.state === 'anchored') report.kept.push(id);
    else if (result.state === 'reanchored') report.moved.push({ id, start: result.start, end: result.end });
    else report.orphaned.push(id);
  }
  report.searchSteps = budget.spent;
  return report;
}
