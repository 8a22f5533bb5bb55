import 'server-only';
// Single sign-on is on when all three OIDC variables are set; the sign-in page
// and the next-auth provider both ask here, so they can never disagree.
export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

export function oidcConfig(): OidcConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = process.env;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: process.env.OIDC_NAME ?? 'Single sign-on' };
}
