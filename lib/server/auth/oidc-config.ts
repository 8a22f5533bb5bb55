import 'server-only';
// Single sign-on is on when all three OIDC variables are set; the sign-in page
// and the next-auth provider both ask here, so they can never disagree.
import { config } from '../../config';

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

export function oidcConfig(): OidcConfig | null {
  return config().oidc;
}
