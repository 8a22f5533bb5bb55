// Runs before every request except static assets. It
// - gives each request an id (X-Request-Id, kept when a proxy in front sent a sane one) for the logs;
// - sets the Content-Security-Policy: a fresh nonce per page (Next.js applies it to its scripts),
//   a load-nothing policy for API answers; HSTS when the request came over https;
// - answers a method the route does not serve with 405 and Allow (Next.js would answer a route
//   405 without Allow, and render a page for PUT or PROPFIND), and OPTIONS on a page with 204 and
//   Allow; TRACE and CONNECT never get this far (scripts/server.ts answers them);
// - refuses a POST to a page from another site (a server action invoked cross-site) with 403,
//   where Next.js would throw and answer 500; API routes check this in route();
// - sends page visitors without a session cookie to sign-in, remembering the page they asked for.
//   That is only a fast path: the real check (a valid session of an active user) is in
//   lib/server/guards.ts on every page and route. API routes and the annotation container
//   answer 401 themselves (API tokens carry no cookie);
// - rewrites X-Forwarded-Host / -Proto to what the deployment trusts (see
//   lib/security/forwarded-headers.ts): next-auth reads them to build its own
//   origin and redirect targets, and must not take a client's word for them.
import { type NextRequest, NextResponse } from 'next/server';
import { config as settings } from './lib/config';
import { PAGE_METHODS, matchRoute } from './lib/openapi/route-methods';
import { API_CONTENT_SECURITY_POLICY, generateNonce, pageContentSecurityPolicy, strictTransportSecurity } from './lib/security/content-security-policy';
import { forwardedHost, forwardedProtocol } from './lib/security/forwarded-headers';
import { safeRedirectPath } from './lib/security/safe-redirect';
import { isSameOrigin } from './lib/security/same-origin';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];
const PUBLIC_PAGES = /^\/signin(?:\/|$)/;
const NOT_PAGES = /^\/(?:api\/|annotations(?:\/|$))/;

function requestId(request: NextRequest): string {
  const given = request.headers.get('x-request-id');
  return given && /^[A-Za-z0-9._:-]{8,128}$/.test(given) ? given : crypto.randomUUID();
}

function protocolOf(request: NextRequest): string {
  return request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? request.nextUrl.protocol.replace(/:$/, '');
}

/** A refusal the proxy makes itself: JSON in the API's error shape, plain text for pages. */
function refusal(page: boolean, status: 400 | 403 | 405, code: string, message: string, headers: Record<string, string> = {}): NextResponse {
  const init = { status, headers: { 'Cache-Control': 'no-store', ...headers } };
  return page ? new NextResponse(`${message}\n`, { ...init, headers: { ...init.headers, 'Content-Type': 'text/plain; charset=utf-8' } }) : NextResponse.json({ error: { code, message } }, init);
}

/**
 * The proxy's own answer to a method the target does not serve, and to OPTIONS wherever the
 * route has no handler of its own (204 with Allow, no CORS headers: nothing here is for other
 * sites' scripts); null to let the request through.
 */
function methodAnswer(request: NextRequest, page: boolean): NextResponse | null {
  const route = page ? { allow: PAGE_METHODS, ownOptions: false } : matchRoute(request.nextUrl.pathname);
  if (!route) return null; // no route file serves this path: Next.js answers 404
  const { allow } = route;
  const Allow = allow.join(', ');
  if (request.method === 'OPTIONS' && !route.ownOptions) return new NextResponse(null, { status: 204, headers: { Allow } });
  if (allow.includes(request.method)) return null;
  return refusal(page, 405, 'method_not_allowed', `${request.method} is not allowed here. This ${page ? 'page' : 'endpoint'} allows ${Allow}.`, { Allow });
}

function crossSiteAnswer(request: NextRequest, page: boolean): NextResponse | null {
  if (!page || request.method !== 'POST') return null;
  return isSameOrigin(request.headers.get('origin'), forwardedHost(request.headers, settings().trustProxy)) ? null : refusal(page, 403, 'forbidden', 'Cross-site request refused: this form can only be sent from a page of this site.');
}

/** Next.js's own limit on a server action's body (serverActions.bodySizeLimit); larger ones it refuses itself, with 413. */
const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * A server action's body that Next.js's decoder would choke on (a 500): the
 * workbench's actions are form actions, which React sends as multipart form
 * data (with JavaScript: with a Next-Action header; without: the action id in
 * a field), or, for a hand-made call, a JSON text of the arguments. Anything
 * that parses as neither is refused here with 400. Next.js hands this proxy a
 * copy of the body, so reading it costs the action nothing.
 */
async function actionBodyAnswer(request: NextRequest, page: boolean): Promise<NextResponse | null> {
  if (!page || request.method !== 'POST') return null;
  if (Number(request.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT_BYTES) return null;
  const multipart = /^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '');
  if (!multipart && !request.headers.has('next-action')) return null; // not an action: the page renders
  const wellFormed = multipart
    ? await request.formData().then(
        () => true,
        () => false,
      )
    : await request.text().then((text) => {
        try {
          JSON.parse(text);
          return true;
        } catch {
          return false;
        }
      });
  return wellFormed ? null : refusal(page, 400, 'bad_request', 'This form submission is malformed: send the form from its page.');
}

export async function proxy(request: NextRequest) {
  const id = requestId(request);
  const page = !NOT_PAGES.test(request.nextUrl.pathname);
  const nonce = generateNonce();
  const policy = page ? pageContentSecurityPolicy(nonce, { dev: settings().development }) : API_CONTENT_SECURITY_POLICY;

  let response: NextResponse;
  const refused = methodAnswer(request, page) ?? crossSiteAnswer(request, page) ?? (await actionBodyAnswer(request, page));
  if (refused) {
    response = refused;
  } else if (page && !PUBLIC_PAGES.test(request.nextUrl.pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = '/signin';
    // A path like //evil.test is a valid request path but, as a callback, another site: checked like every callback.
    url.search = `?callbackUrl=${encodeURIComponent(safeRedirectPath(request.nextUrl.pathname + request.nextUrl.search))}`;
    response = NextResponse.redirect(url);
  } else {
    const headers = new Headers(request.headers);
    headers.set('x-request-id', id);
    const trustProxy = settings().trustProxy;
    const host = forwardedHost(request.headers, trustProxy);
    if (host) headers.set('x-forwarded-host', host);
    headers.set('x-forwarded-proto', forwardedProtocol(request.headers, trustProxy));
    if (page) {
      headers.set('x-nonce', nonce);
      headers.set('Content-Security-Policy', policy);
    }
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set('Content-Security-Policy', policy);
  response.headers.set('X-Request-Id', id);
  const hsts = strictTransportSecurity(protocolOf(request));
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|icon\\.svg|favicon\\.ico).*)'],
};
