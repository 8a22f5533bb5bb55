// Where a browser may be sent after signing in or out: a path of this site,
// never another origin. Every callback URL (the sign-in page's callbackUrl,
// next-auth's redirect callback, the sign-in link guards and proxy.ts build)
// goes through safeRedirectPath, so one function decides.
//
// The attacks are all "a string that looks like a path to us but like another
// host to a browser or a later decoder": `//evil.test` (scheme-relative),
// `/\evil.test` (browsers read `\` as `/`), `/\t/evil.test` (browsers drop tabs
// and newlines inside URLs), `/%5Cevil.test` or `/%2F%2Fevil.test` (decoded
// once more by a router or next-auth), `/／evil.test` (a look-alike that NFKC
// turns into `/`), `/.//evil.test` (dot segments resolve to `//evil.test`).
// So: the value and every percent-decoding of it, as written and NFKC-folded,
// must be free of control, format and separator characters and backslashes and
// start with exactly one `/`; the WHATWG URL parser must resolve it against a
// dummy origin to that same origin; and what is returned (the parser's path,
// query and fragment) must itself still start with exactly one `/`. Anything
// else is the dashboard, '/'.

const DUMMY_ORIGIN = 'https://redirect-check.invalid';

/** Longer values are not paths this app makes; they are refused rather than parsed. */
export const MAX_REDIRECT_LENGTH = 2048;

/** Nested encodings deeper than this are not something a browser or next-auth produces. */
const MAX_DECODE_ROUNDS = 4;

// Cc: C0/C1 controls (tab, CR, LF…); Cf: zero-width and bidi controls; Zl/Zp: line and paragraph separators.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\]/u;

/** One round of percent-decoding that never throws: runs that are not UTF-8 are decoded byte by byte where ASCII, else kept. */
function percentDecodeOnce(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-7][0-9A-Fa-f])/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  });
}

/** The value and each further decoding of it until it stops changing; null when it keeps changing. */
function decodings(value: string): string[] | null {
  const forms = [value];
  let current = value;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round += 1) {
    const next = percentDecodeOnce(current);
    if (next === current) return forms;
    forms.push(next);
    current = next;
  }
  return null;
}

/** Exactly one leading slash: a path, not a scheme, a host (`//`) or a backslash trick (`/\`). */
function isRootedPath(value: string): boolean {
  return value.startsWith('/') && value[1] !== '/' && value[1] !== '\\';
}

function isSafeForm(form: string): boolean {
  const folded = form.normalize('NFKC');
  return !FORBIDDEN.test(form) && !FORBIDDEN.test(folded) && isRootedPath(form) && isRootedPath(folded) && new URL(form, DUMMY_ORIGIN).origin === DUMMY_ORIGIN;
}

/**
 * The path (with query and fragment) to send the browser to, or '/' when `raw`
 * could take it anywhere else. With `origin` (e.g. next-auth's baseUrl), an
 * absolute URL on exactly that origin is accepted as its path.
 */
export function safeRedirectPath(raw: unknown, options: { origin?: string } = {}): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_REDIRECT_LENGTH) return '/';
  let candidate = raw;
  if (options.origin && URL.canParse(options.origin)) {
    const origin = new URL(options.origin).origin;
    if (raw.toLowerCase().startsWith(`${origin.toLowerCase()}/`)) candidate = raw.slice(origin.length);
  }
  const forms = decodings(candidate);
  if (!forms || !forms.every(isSafeForm)) return '/';
  const resolved = new URL(candidate, DUMMY_ORIGIN);
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // Dot segments can leave `//host` behind (`/.//evil.test` resolves to the path `//evil.test`).
  return isRootedPath(path) ? path : '/';
}
