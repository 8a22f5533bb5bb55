// Input schemas for the caller's notifications: the list's query and marking as read.
import { z } from 'zod';
import { pageLimit } from './page-limit';

/** A page of notifications holds at most this many (the default is a screenful). */
export const MAX_NOTIFICATION_PAGE = 100;
export const DEFAULT_NOTIFICATION_PAGE = 30;
/** Ids marked read in one request, at most: a page and then some, not a way to send megabytes of ids. */
export const MAX_MARK_READ = 200;

export const ZNotificationQuery = z
  .object({
    limit: pageLimit(MAX_NOTIFICATION_PAGE).optional(),
    /** The id of the last notification of the previous page: the next page starts after it. */
    before: z.uuid('before must be a notification id (a UUID)').optional(),
    unread: z.enum(['1', '0'], { error: 'unread must be 1 or 0' }).optional(),
  })
  .strict();
export type TNotificationQuery = z.infer<typeof ZNotificationQuery>;

/** `{ids}`: those of the caller's notifications; `{all: true}`: every one. Exactly one of the two. */
export const ZMarkNotificationsRead = z
  .object({
    ids: z
      .array(z.uuid('each id must be a notification id (a UUID)'), { error: 'ids must be a list of notification ids' })
      .min(1, 'ids must name at least one notification')
      .max(MAX_MARK_READ, `ids may name at most ${MAX_MARK_READ} notifications`)
      .optional(),
    all: z.literal(true, { error: 'all must be true' }).optional(),
  })
  .strict()
  .refine((input) => (input.ids === undefined) !== (input.all === undefined), { error: 'Send {"ids": [notification ids]} or {"all": true}' });
export type TMarkNotificationsRead = z.infer<typeof ZMarkNotificationsRead>;
