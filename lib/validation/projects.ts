// Input schemas for projects: making one, changing it, its members, moving an article into another.
import { z } from 'zod';
import { PROJECT_ROLES, inWords } from '../vocabulary';

/** Guidelines are Markdown; 100,000 characters is a long style guide, and bounds the rendering work. */
export const MAX_GUIDELINES_CHARS = 100_000;

const name = z.string().trim().min(1, 'Give the project a name').max(120, 'Name is too long (at most 120 characters)');
const description = z.string().trim().max(2_000, 'Description is too long (at most 2,000 characters)');
const guidelines = z.string().max(MAX_GUIDELINES_CHARS, `Guidelines are too long (at most ${MAX_GUIDELINES_CHARS.toLocaleString('en')} characters)`).transform((text) => text.trim());

export const ZCreateProject = z.object({ name, description: description.optional(), guidelines: guidelines.optional() }).strict();
export type TCreateProject = z.infer<typeof ZCreateProject>;

export const ZUpdateProject = z
  .object({
    name: name.optional(),
    description: description.optional(),
    guidelines: guidelines.optional(),
    /** Whether the project's new articles open to their assigned reviewers only. */
    assignedOnlyDefault: z.boolean({ error: 'assignedOnlyDefault must be true or false' }).optional(),
  })
  .strict()
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: 'Nothing to change.' });
export type TUpdateProject = z.infer<typeof ZUpdateProject>;

export const ZProjectMember = z
  .object({
    userId: z.uuid('userId must be a user id (a UUID)'),
    role: z.enum(PROJECT_ROLES, `role must be ${inWords(PROJECT_ROLES)}`),
  })
  .strict();
export type TProjectMember = z.infer<typeof ZProjectMember>;

export const ZMoveArticle = z
  .object({
    projectId: z.uuid('projectId must be a project id (a UUID)'),
    reason: z.string().trim().max(2_000, 'Reason is too long (at most 2,000 characters)').optional(),
  })
  .strict();
export type TMoveArticle = z.infer<typeof ZMoveArticle>;
