// `?limit=` of a paged list: a query parameter (a string), a whole number from 1 to the list's most.
import { z } from 'zod';

/** The schema of `limit` for a list that gives at most `max` per page; the caller adds .optional() or .default(). */
export function pageLimit(max: number) {
  return z
    .string()
    .regex(/^\d{1,4}$/, 'limit must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1, 'limit must be at least 1').max(max, `limit must be at most ${max}`));
}
