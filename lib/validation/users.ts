// Input schemas for user administration.
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../security/password-hash';
import { passwordProblem } from '../security/password-policy';

export const ROLES = ['reviewer', 'editor', 'admin'] as const;

export const ZCreateUser = z
  .object({
    email: z.string().trim().toLowerCase().max(320).email('Enter a valid email address'),
    name: z.string().trim().min(1, 'Enter a name').max(200, 'Name is too long (at most 200 characters)'),
    role: z.enum(ROLES, 'Role must be reviewer, editor or admin'),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(MAX_PASSWORD_LENGTH, `Password must be at most ${MAX_PASSWORD_LENGTH} characters`),
  })
  .strict()
  .superRefine((input, context) => {
    const problem = input.password.length >= MIN_PASSWORD_LENGTH ? passwordProblem(input.password, { email: input.email }) : null;
    if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem });
  });

export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = z
  .object({
    role: z.enum(ROLES, 'Role must be reviewer, editor or admin').optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((input) => input.role !== undefined || input.disabled !== undefined, { message: 'Nothing to change.' });

export type TUpdateUser = z.infer<typeof ZUpdateUser>;
