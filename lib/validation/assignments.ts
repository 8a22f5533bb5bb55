// Input schemas for assigning reviewers to an article, finding members to assign, and the assigned-only switch.
import { z } from 'zod';
import { pageLimit } from './page-limit';

/** More reviewers than this on one article at once is a mistake, not a plan. */
export const MAX_AUTO_ASSIGN = 20;

/**
 * A due date: an ISO date-time with its offset, or a calendar date (YYYY-MM-DD),
 * which means the end of that day in UTC. Past dates are allowed (the assignment is overdue at once).
 */
const dueAt = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'dueAt must be a date (YYYY-MM-DD) or an ISO date-time with its offset' })
  .transform((value) => new Date(value.length === 10 ? `${value}T23:59:59.999Z` : value));

export const ZCreateAssignment = z
  .object({
    reviewerId: z.uuid('reviewerId must be a user id (a UUID)'),
    dueAt: dueAt.optional(),
  })
  .strict();
export type TCreateAssignment = z.infer<typeof ZCreateAssignment>;

export const ZAutoAssign = z
  .object({
    count: z
      .number({ error: 'count must be a whole number' })
      .int('count must be a whole number')
      .min(1, 'count must be at least 1')
      .max(MAX_AUTO_ASSIGN, `count must be at most ${MAX_AUTO_ASSIGN}`),
    dueAt: dueAt.optional(),
  })
  .strict();
export type TAutoAssign = z.infer<typeof ZAutoAssign>;

export const ZSetAssignedOnly = z.object({ assignedOnly: z.boolean({ error: 'assignedOnly must be true or false' }) }).strict();
export type TSetAssignedOnly = z.infer<typeof ZSetAssignedOnly>;

/** The assign form's member search: a screenful by default, never the whole desk. */
export const DEFAULT_MEMBER_SEARCH = 20;
export const MAX_MEMBER_SEARCH = 50;
export const MAX_MEMBER_QUERY_CHARS = 100;

/** `?q=&limit=` of GET /api/articles/<id>/assignable-members: q is part of a name (empty: everyone). */
export const ZAssignableMemberQuery = z
  .object({
    q: z.string().trim().max(MAX_MEMBER_QUERY_CHARS, `q must be at most ${MAX_MEMBER_QUERY_CHARS} characters`).default(''),
    limit: pageLimit(MAX_MEMBER_SEARCH).default(DEFAULT_MEMBER_SEARCH),
  })
  .strict();
export type TAssignableMemberQuery = z.infer<typeof ZAssignableMemberQuery>;
