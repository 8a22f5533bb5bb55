import 'server-only';
// Environment read once and validated, so a misconfiguration fails at start-up
// with a sentence rather than later with a stack trace.
import { z } from 'zod';

const ZEnv = z.object({
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgresql:// URL (npm start sets it for the embedded database)' }),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters (npm start generates one if unset)'),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default('Single sign-on'),
  /** Test-only: lets URL import reach the e2e suite's local server on 127.0.0.1. */
  CORROBORATE_ALLOW_LOOPBACK_IMPORT: z.enum(['0', '1']).default('0'),
});

export type Env = z.infer<typeof ZEnv>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = ZEnv.safeParse({ ...process.env, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET });
    if (!parsed.success) {
      throw new Error(`Configuration error: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function oidcEnabled(): boolean {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = env();
  return Boolean(OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET);
}
