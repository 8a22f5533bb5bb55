// Input schemas for user administration.
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../security/password-hash';
import { passwordProblem } from '../security/password-policy';
import { LOCALES, ROLES, inWords } from '../vocabulary';

const roleMessage = `Role must be ${inWords(ROLES)}`;

export const ZCreateUser = z
  .object({
    email: z.string().trim().toLowerCase().max(320).email('Enter a valid email address'),
    name: z.string().trim().min(1, 'Enter a name').max(200, 'Name is too long (at most 200 characters)'),
    role: z.enum(ROLES, roleMessage),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(MAX_PASSWORD_LENGTH, `Password must be at most ${MAX_PASSWORD_LENGTH} characters`),
  })
  .strict()
  .superRefine((input, context) => {
    const problem = input.password.length >= MIN_PASSWORD_LENGTH ? passwordProblem(input.password, { email: input.email, name: input.name }) : null;
    if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem });
  });

export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = z
  .object({
    role: z.enum(ROLES, roleMessage).optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((input) => input.role !== undefined || input.disabled !== undefined, { message: 'Nothing to change.' });

export type TUpdateUser = z.infer<typeof ZUpdateUser>;

const newPassword = z
  .string('Enter the new password')
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Password must be at most ${MAX_PASSWORD_LENGTH} characters`);

// The rest of the password policy (common, guessable, personal) needs the account's name and
// email, so the server applies it once it has loaded the account (lib/security/password-policy.ts).

/** The signed-in person changing their own password. */
export const ZChangePassword = z
  .object({
    currentPassword: z.string('Enter your current password').min(1, 'Enter your current password').max(MAX_PASSWORD_LENGTH, 'That is not your current password'),
    newPassword,
  })
  .strict();

export type TChangePassword = z.infer<typeof ZChangePassword>;

/** An admin resetting someone's password: to the one given, or (none given) to a generated one shown once. */
export const ZResetPassword = z.object({ password: newPassword.optional() }).strict();

export type TResetPassword = z.infer<typeof ZResetPassword>;

/** The interface language a person chooses; null goes back to following the browser. */
export const ZLocaleChoice = z.object({ locale: z.enum(LOCALES, 'Choose one of the interface languages').nullable() }).strict();

export type TLocaleChoice = z.infer<typeof ZLocaleChoice>;
