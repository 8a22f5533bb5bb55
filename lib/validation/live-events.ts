// The query of GET /api/events: which live changes a page follows. One article (its consensus
// page, which may also join the presence list), one project, or neither: every article of the
// caller's projects (the review queue and My work).
import { z } from 'zod';

export const ZLiveEventsQuery = z
  .object({
    article: z.uuid('article must be an article id (a UUID)').optional(),
    project: z.uuid('project must be a project id (a UUID)').optional(),
    presence: z.literal('1', { error: 'presence must be 1 (or left out)' }).optional(),
  })
  .strict()
  .refine((query) => !(query.article && query.project), { message: 'Give article or project, not both.' })
  .refine((query) => !query.presence || query.article, { message: 'presence=1 needs an article.', path: ['presence'] });
export type TLiveEventsQuery = z.infer<typeof ZLiveEventsQuery>;
