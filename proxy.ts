// Sends visitors without a session cookie to sign-in, remembering the page they
// asked for. Only a fast path: the real check (a valid session of an active
// user) happens in lib/server/guards.ts on every page and route.
import { type NextRequest, NextResponse } from 'next/server';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/signin';
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only: API routes and the Web Annotation container (/annotations/…,
  // used by API tokens, which carry no cookie) answer 401 themselves;
  // sign-in, assets and the icon stay public.
  matcher: ['/((?!api/|annotations(?:/|$)|signin|_next/|icon\\.svg|favicon\\.ico).*)'],
};
