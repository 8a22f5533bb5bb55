// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';

// Baseline headers for every response, static assets included. The
// Content-Security-Policy (a fresh nonce per page), HSTS and the request id are
// set per request in proxy.ts.
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/**
 * Next.js normally answers `/x/` with a 308 to `/x`. The W3C Web Annotation
 * container's IRI is `/annotations/` (an LDP container ends in a slash), so
 * that built-in redirect is switched off (skipTrailingSlashRedirect) and put
 * back below for every other path; `/annotations/` then reaches
 * app/annotations/route.ts (which also answers `/annotations`). The
 * exclusion is checked against the rest of the path, trailing slash included.
 */
const TRAILING_SLASH_REDIRECT = { source: '/:path((?!annotations/?$).+)/', destination: '/:path', permanent: true };

/** `npm start`'s own build of a fresh checkout (scripts/start.ts sets it), not `npm run build`. */
const START_BUILD = process.env.CORROBORATE_START_BUILD === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Packages with wasm or native parts are loaded by Node at run time, not bundled.
  serverExternalPackages: ['pg', 'pg-boss', 'nodemailer', '@prisma/adapter-pg', 'hash-wasm', 'linkedom', 'sanitize-html', '@mozilla/readability'],
  poweredByHeader: false,
  // scripts/server.ts compresses answers itself (so a route can send a body it compressed once).
  compress: false,
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx for pages a role may not open.
  // npm start's build is made once and never rebuilt (it builds only when there is no build), so
  // Turbopack's disk cache, which speeds up the next build, would only cost the first start the
  // time of writing it; `npm run build` keeps it.
  experimental: {
    authInterrupts: true,
    turbopackFileSystemCacheForBuild: !START_BUILD,
    // CORROBORATE_PROFILE_BUILD=1 npm run build keeps the app's server code unminified, so a CPU
    // profile (bench/request-cost.ts --profile, desk-scale.ts --costs --profile) names its functions.
    serverMinification: process.env.CORROBORATE_PROFILE_BUILD !== '1',
  },
  skipTrailingSlashRedirect: true,
  // `npm start` builds with CORROBORATE_START_BUILD=1 (scripts/start.ts): that build leaves the
  // type check to `npm test` and CI (`tsc --noEmit` over the whole project), so a first start
  // does not wait for it. `npm run build` checks the types as usual.
  typescript: { ignoreBuildErrors: START_BUILD },
  async redirects() {
    return [TRAILING_SLASH_REDIRECT];
  },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

// next-intl finds the per-request language and catalogue in i18n/request.ts. The catalogues
// (messages/<language>/*.json) are compiled at build time (`precompile`): a page then formats
// ready-made messages instead of parsing each ICU message on every request, which was about a
// sixth of the consensus page's server time (the desk bench's `--costs --profile`). Tests that
// import a catalogue outside the build get the plain strings, which use-intl formats as before.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

export default withNextIntl(nextConfig);
