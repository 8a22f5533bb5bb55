// Input schema for creating API tokens.
import { z } from 'zod';
import { TOKEN_SCOPES } from '../vocabulary';

/** The longest term a token can be given, and the bound on API_TOKEN_DEFAULT_EXPIRY_DAYS: a year, after which a forgotten secret stops working. */
export const MAX_TOKEN_EXPIRY_DAYS = 365;

const expiryMessage = `Expiry must be a whole number of days from 1 to ${MAX_TOKEN_EXPIRY_DAYS}, or null for a token that never expires`;

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
    /**
     * The projects the token may reach: each must be one its account works in
     * (any project for an admin's token). Omitted or empty: all of the
     * account's projects, as they are at each call.
     */
    projectIds: z
      .array(z.uuid('Unknown project'))
      .max(100, 'At most 100 projects')
      .transform((ids) => [...new Set(ids)])
      .optional(),
    /**
     * Days until the token stops working. Omitted: the configured default
     * (API_TOKEN_DEFAULT_EXPIRY_DAYS); null: never, which has to be asked for.
     */
    expiresInDays: z
      .number(expiryMessage)
      .int(expiryMessage)
      .min(1, expiryMessage)
      .max(MAX_TOKEN_EXPIRY_DAYS, expiryMessage)
      .nullable()
      .optional(),
  })
  .strict();

export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;
