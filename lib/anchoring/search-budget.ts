// The work one revision may spend on approximate matching, counted in steps
// of the inner loops (one 32-row block of Myers' search, one cell of a banded
// edit-distance table). Exact matching is linear in the text for each
// annotation and is not counted; the approximate search is what a long quote
// on a long, repetitive text makes expensive (every place nearly matches, so
// no part of the table can be skipped). Counting steps rather than time keeps
// the outcome the same on a busy machine as on an idle one.

/** Thrown by a search that would pass the budget, or that finds too many equally good places to decide between. */
export class SearchLimit extends Error {
  constructor(readonly reason: 'too_costly' | 'ambiguous') {
    super(reason === 'too_costly' ? 'approximate search over budget' : 'too many equally good places');
  }
}

export class SearchBudget {
  private spentSteps = 0;
  constructor(readonly steps: number) {}

  get spent(): number {
    return this.spentSteps;
  }

  /** Records `steps` of work; throws SearchLimit('too_costly') once the total passes the budget. */
  spend(steps: number): void {
    this.spentSteps += steps;
    if (this.spentSteps > this.steps) throw new SearchLimit('too_costly');
  }
}
