import 'server-only';

/**
 * Creates the due_soon and overdue notifications that have come due by `now` (each at most once per
 * assignment and kind). Run on a schedule by the job queue; returns how many it created.
 */
export async function recordDueReminders(now: Date): Promise<number> {
  // Contract only: in-app notifications are built on their own branch.
  void now;
  return 0;
}
