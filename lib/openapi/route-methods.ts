// Which HTTP methods each route answers, so proxy.ts can refuse the others
// with 405 and an Allow header before Next.js sees them: Next answers a
// method a route file does not export with a bare 405 (no Allow), and pages
// render for any method at all. Derived from OPERATIONS, which
// tests/integration/openapi.test.ts holds equal to the route files' exports,
// so a new route file is covered as soon as it is described.
import { OPERATIONS } from './openapi-document';

/** Pages answer GET and HEAD, POST for their server actions, and OPTIONS (the proxy's 204 with Allow). */
export const PAGE_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS', 'POST'];

/**
 * Routes OPERATIONS leaves out because another library documents them.
 * next-auth's catch-all serves GET and POST only: HEAD, which Next.js would
 * otherwise pass to its GET, gets a 400 from next-auth, so it is not offered.
 */
const UNDESCRIBED_ROUTES: Readonly<Record<string, { methods: readonly string[]; head: boolean }>> = {
  '/api/auth/{...nextauth}': { methods: ['GET', 'POST'], head: false },
};

type Segment = { kind: 'static'; text: string } | { kind: 'param' } | { kind: 'rest' };
/** `ownOptions`: the route file answers OPTIONS itself (the container's discovery headers). */
type RouteEntry = { template: string; segments: Segment[]; allow: readonly string[]; ownOptions: boolean };

function segmentsOf(template: string): Segment[] {
  return template
    .split('/')
    .filter(Boolean)
    .map((part): Segment => (part.startsWith('{...') ? { kind: 'rest' } : part.startsWith('{') ? { kind: 'param' } : { kind: 'static', text: part }));
}

/** What Next.js answers for a route exporting `methods`: those, HEAD through GET (unless `head` is false), and OPTIONS. */
function allowOf(methods: readonly string[], head: boolean): readonly string[] {
  const allow = new Set(methods.map((method) => method.toUpperCase()));
  if (head && allow.has('GET')) allow.add('HEAD');
  allow.add('OPTIONS');
  return [...allow].sort();
}

const ROUTES: readonly RouteEntry[] = [
  ...Object.entries(OPERATIONS).map(([template, operations]) => ({ template, segments: segmentsOf(template), allow: allowOf(Object.keys(operations), true), ownOptions: 'options' in operations })),
  ...Object.entries(UNDESCRIBED_ROUTES).map(([template, route]) => ({ template, segments: segmentsOf(template), allow: allowOf(route.methods, route.head), ownOptions: false })),
];

/** How well `path` fits `route`: null when it does not; else higher for more static segments, as Next.js prefers them. */
function fit(route: RouteEntry, path: readonly string[]): number | null {
  let score = 0;
  for (const [index, segment] of route.segments.entries()) {
    if (segment.kind === 'rest') return index < path.length ? score : null;
    const part = path[index];
    if (part === undefined) return null;
    if (segment.kind === 'static') {
      if (part !== segment.text) return null;
      score += 2;
    } else {
      score += 1;
    }
  }
  return path.length === route.segments.length ? score : null;
}

/**
 * The route a path names (its template, `/api/articles/{id}`, and the methods
 * it allows, sorted), or null when no route file serves it. The container
 * answers with and without its trailing slash.
 */
export type RouteMethods = { template: string; allow: readonly string[]; ownOptions: boolean };

export function matchRoute(pathname: string): RouteMethods | null {
  const path = pathname.split('/').filter(Boolean);
  let best: { route: RouteEntry; score: number } | null = null;
  for (const route of ROUTES) {
    const score = fit(route, path);
    if (score !== null && (best === null || score > best.score)) best = { route, score };
  }
  return best ? { template: best.route.template, allow: best.route.allow, ownOptions: best.route.ownOptions } : null;
}

/** Every route template with its Allow list, for tests that walk them. */
export function routeTemplates(): readonly RouteMethods[] {
  return ROUTES.map((route) => ({ template: route.template, allow: route.allow, ownOptions: route.ownOptions }));
}
