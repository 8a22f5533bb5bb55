import 'server-only';
// next-auth configuration: email + password for everyone, and an OIDC provider
// when OIDC_ISSUER / OIDC_CLIENT_ID / OIDC_CLIENT_SECRET are set. OIDC only
// signs in people an admin has already created (matched by verified email).
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { Provider } from 'next-auth/providers/index';
import { findSignInAccount } from '../data/sign-in/sign-in-records';
import { revokeSession } from '../data/users/revoke-session';
import { SignInRefused, authorizeCredentials } from './authorize-credentials';
import { log } from '../log';
import { clientAddress } from '../http/client-address';
import { oidcConfig } from './oidc-config';
import { safeRedirectPath } from '../../security/safe-redirect';
import { publicBaseUrl } from '../http/public-base-url';
import { currentRequest } from '../http/request-context';

export const SESSION_HOURS = 12;

function oidcProvider(): Provider | null {
  const config = oidcConfig();
  if (!config) return null;
  const { issuer, clientId, clientSecret, name } = config;
  return {
    id: 'oidc',
    name,
    type: 'oauth',
    wellKnown: `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    idToken: true,
    checks: ['pkce', 'state'],
    authorization: { params: { scope: 'openid email profile' } },
    profile(profile: { sub: string; email?: string; email_verified?: boolean; name?: string }) {
      return { id: profile.sub, email: profile.email_verified === false ? '' : (profile.email ?? '').toLowerCase(), name: profile.name ?? profile.email ?? '' };
    },
  };
}

const credentials = CredentialsProvider({
  id: 'credentials',
  name: 'Email and password',
  credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
  async authorize(input, request) {
    try {
      return await authorizeCredentials({ email: input?.email, password: input?.password, ip: clientAddress(request?.headers) });
    } catch (error) {
      // next-auth passes an Error's message to the sign-in page as ?error=…: only ever a code,
      // which the page turns into its own sentence (lib/security/sign-in-messages.ts).
      if (error instanceof SignInRefused) throw new Error(error.code);
      log('error', 'Sign-in failed unexpectedly', { error });
      throw new Error('unavailable');
    }
  },
});

export const authOptions: NextAuthOptions = {
  providers: [credentials, oidcProvider()].filter((provider): provider is Provider => provider !== null),
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: '/signin', error: '/signin' },
  // Cookies: next-auth's defaults are HttpOnly and SameSite=Lax, and Secure with the __Secure- prefix
  // whenever NEXTAUTH_URL is https (an e2e test checks the flags).
  events: {
    async signOut({ token }) {
      if (token?.sid && token.uid) await revokeSession(token.sid, token.uid, typeof token.exp === 'number' ? new Date(token.exp * 1000) : new Date(Date.now() + SESSION_HOURS * 3600_000));
    },
  },
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== 'oidc') return true;
      const known = user.email ? await findSignInAccount({ email: user.email }) : null;
      return Boolean(known && !known.disabled) || '/signin?error=no_account';
    },
    // Every URL next-auth would send the browser to (after signing in or out, its callbackUrl
    // parameter and cookie): a path of this site, else the dashboard. "This site" is NEXTAUTH_URL,
    // else the origin the browser used (next-auth's baseUrl is http://localhost:3000 then).
    redirect({ url, baseUrl }) {
      const request = currentRequest();
      const origin = new URL(request ? publicBaseUrl(request) : baseUrl).origin;
      // An absolute URL may carry either origin (the browser's own, or next-auth's baseUrl in a URL it made).
      const path = [origin, baseUrl].map((allowed) => safeRedirectPath(url, { origin: allowed })).find((candidate) => candidate !== '/') ?? '/';
      return `${origin}${path}`;
    },
    async jwt({ token, user, account }) {
      // A new sign-in gets its own id, kept through refreshes, so signing out can revoke exactly this session.
      if (user) token.sid = crypto.randomUUID();
      if (user && account?.provider === 'oidc') {
        const known = user.email ? await findSignInAccount({ email: user.email }) : null;
        if (known) Object.assign(token, { uid: known.id, role: known.role, sessionVersion: known.sessionVersion, name: known.name, email: known.email });
      } else if (user) {
        Object.assign(token, { uid: user.id, role: user.role, sessionVersion: user.sessionVersion });
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { id: token.uid ?? '', email: token.email ?? '', name: token.name ?? '', role: token.role ?? 'reviewer' };
      session.sessionVersion = token.sessionVersion;
      session.sessionId = token.sid;
      return session;
    },
  },
};
