// Input schema for creating API tokens.
import { z } from 'zod';

export const TOKEN_SCOPES = ['read:exports', 'write:annotations'] as const;

export const ZCreateApiToken = z
  .object({
    name: z.string().trim().min(1, 'Give the token a name (which system uses it)').max(100, 'The name is too long (at most 100 characters)'),
    scopes: z
      .array(z.enum(TOKEN_SCOPES, `Scopes are ${TOKEN_SCOPES.join(' and ')}`))
      .min(1, 'Choose at least one scope')
      .max(TOKEN_SCOPES.length)
      .transform((scopes) => [...new Set(scopes)]),
    /** The account the token acts as; the creator when omitted. */
    userId: z.string().uuid('Unknown user').optional(),
  })
  .strict();

export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;
