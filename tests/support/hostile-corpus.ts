// Hostile inputs as data, shared by the integration tests (tests/integration/hostile-input.test.ts)
// and the browser test (e2e/security/hostile-input.spec.ts). Nothing here knows the
// app: every entry is something an attacker or a broken client might send.
//
// Script payloads call `window.__xss(<n>)` (XSS_SIGNAL) with a number unique to the
// payload, so a browser test that defines that function can tell which one ran; a few
// classics call alert(), which a browser test sees as a dialog.

export type Hostile = { readonly name: string; readonly value: string };

/** The global function every script payload calls. */
export const XSS_SIGNAL = '__xss';

const entry = (name: string, value: string): Hostile => ({ name, value });

/** Script tags, event handlers, dangerous URL schemes, SVG/MathML, srcdoc, CSS expressions, mXSS. */
export const XSS: readonly Hostile[] = [
  entry('script tag', '<script>__xss(1)</script>'),
  entry('script tag, upper case, with src', '<SCRIPT SRC=data:text/javascript,__xss(2)></SCRIPT>'),
  entry('img onerror', '<img src=x onerror=__xss(3)>'),
  entry('body onload', '<body onload=__xss(4)>'),
  entry('input onfocus autofocus', '<input onfocus=__xss(5) autofocus>'),
  entry('svg onload', '<svg onload=__xss(6)>'),
  entry('script inside svg', '<svg><script>__xss(7)</script></svg>'),
  entry('svg link with xlink:href javascript:', '<svg><a xlink:href="javascript:__xss(8)"><text x="20" y="20">svg link</text></a></svg>'),
  entry('MathML/table mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=__xss(9)>'),
  entry('javascript: link', '<a href="javascript:__xss(10)">javascript link</a>'),
  entry('javascript: link, mixed case', '<a href="JaVaScRiPt:__xss(11)">mixed case link</a>'),
  entry('javascript: link, entity-encoded', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss(12)">entity link</a>'),
  entry('javascript: link, tab inside the scheme', '<a href="java&#x09;script:__xss(13)">tab link</a>'),
  entry('javascript: link, leading spaces and newline', '<a href="  \njavascript:__xss(14)">spaced link</a>'),
  entry('javascript: link, &colon; entity', '<a href="javascript&colon;__xss(15)">colon link</a>'),
  entry('data: link (base64 HTML)', '<a href="data:text/html;base64,PHNjcmlwdD5fX3hzcygxNik8L3NjcmlwdD4=">data link</a>'),
  entry('vbscript: link', '<a href="vbscript:msgbox(17)">vbscript link</a>'),
  entry('iframe srcdoc', '<iframe srcdoc="<script>parent.__xss(18)</script>"></iframe>'),
  entry('iframe javascript: src', '<iframe src="javascript:parent.__xss(19)"></iframe>'),
  entry('style with @import and url()', '<style>@import "javascript:__xss(20)";body{background:url("javascript:__xss(20)")}</style>'),
  entry('style attribute expression()', '<div style="width: expression(__xss(21))">styled</div>'),
  entry('noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=__xss(22)>"></noscript>'),
  entry('attribute that closes its element', '<p title="</p><img src=x onerror=__xss(23)>">title trick</p>'),
  entry('button formaction', '<form><button formaction=javascript:__xss(24)>go</button></form>'),
  entry('object data', '<object data="javascript:__xss(25)"></object>'),
  entry('embed src', '<embed src="javascript:__xss(26)">'),
  entry('details ontoggle', '<details open ontoggle=__xss(27)><summary>details</summary></details>'),
  entry('template content', '<template><img src=x onerror=__xss(28)></template>'),
  entry('attribute break-out', '"><img src=x onerror=__xss(29)>'),
  entry('single-quote break-out', "'><svg onload=__xss(30)>"),
  entry('textarea break-out', '</textarea><img src=x onerror=__xss(31)>'),
  entry('title break-out', '</title><img src=x onerror=__xss(32)>'),
  entry('meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:__xss(33)">'),
  entry('base href', '<base href="javascript:__xss(34)//">'),
  entry('comment trick', '<!--<img src="--><img src=x onerror=__xss(35)//">'),
  entry('backtick attribute', '<img src="x`" onerror=__xss(36)>'),
  entry('handler on an allowed link', '<a href="https://example.org/" onclick="__xss(37)" onmouseover="__xss(37)">allowed link with handlers</a>'),
  entry('handler on a paragraph', '<p onmouseover=__xss(38)>hover me</p>'),
  entry('CDATA', '<![CDATA[<script>__xss(39)</script>]]>'),
  entry('nested script tags', '<scr<script>ipt>__xss(40)</scr</script>ipt>'),
  entry('entity-encoded quote in href', '<a href="https://example.org/&quot; onmouseover=&quot;__xss(41)">quote entity link</a>'),
  entry('custom element onfocusin', '<xss id=x tabindex=1 onfocusin=__xss(42) autofocus></xss>'),
  entry('closing a JSON-LD script element', '</script><script>__xss(43)</script>'),
  entry('style inside svg', '<svg><style><img src=x onerror=__xss(44)></style></svg>'),
  entry('MathML link', '<math><a xlink:href="javascript:__xss(45)">math link</a></math>'),
  entry('newline inside the scheme', '<a href="jav&#x0A;ascript:__xss(46)">newline link</a>'),
  entry('javascript: link with leading NUL entity', '<a href="&#0;javascript:__xss(47)">nul entity link</a>'),
  entry('select/noembed mXSS', '<select><noembed></select><img src=x onerror=__xss(48)></noembed>'),
  entry('svg animate href', '<svg><animate attributeName=href values=javascript:__xss(49) /><a><text y=20>anim</text></a></svg>'),
  entry('img srcset', '<img srcset="x" onerror="__xss(50)">'),
  entry('video poster and onerror', '<video poster=javascript:__xss(51) onerror=__xss(51)><source onerror=__xss(51)></video>'),
  entry('link import', '<link rel=import href="data:text/html,<script>__xss(52)</script>">'),
  entry('alert() classic', '<img src=x onerror=alert(1)>'),
  entry('confirm() classic', '<svg/onload=confirm(1)>'),
  entry('prompt() in a script', '<script>prompt(1)</script>'),
];

/** Client-side template injection: must come out as the literal text, never evaluated. */
export const TEMPLATE_INJECTION: readonly Hostile[] = [
  entry('Angular constructor chain', "{{constructor.constructor('__xss(100)')()}}"),
  entry('template literal', '${__xss(101)}'),
  entry('Ruby/Pug interpolation', '#{__xss(102)}'),
  entry('ERB', '<%= __xss(103) %>'),
  entry('arithmetic probe', '{{7*7}} ${7*7} <%= 7*7 %>'),
  entry('Vue mustache with handler', '{{ $el.ownerDocument.defaultView.__xss(104) }}'),
];

/** Links that must never become live (evidence URL, appearance URL, import URL). */
export const HOSTILE_URLS: readonly Hostile[] = [
  entry('javascript:', 'javascript:__xss(200)'),
  entry('javascript:, upper case', 'JAVASCRIPT:__xss(201)'),
  entry('javascript:, leading whitespace', '   javascript:__xss(202)'),
  entry('javascript:, tab in the scheme', 'java\tscript:__xss(203)'),
  entry('javascript:, entity-encoded', '&#106;avascript:__xss(204)'),
  entry('javascript: with //', 'javascript://example.org/%0a__xss(205)'),
  entry('data: HTML', 'data:text/html,<script>__xss(206)</script>'),
  entry('data: base64', 'data:text/html;base64,PHNjcmlwdD5fX3hzcygyMDcpPC9zY3JpcHQ+'),
  entry('vbscript:', 'vbscript:msgbox(208)'),
  entry('https: without slashes', 'https:javascript:__xss(209)'),
  entry('protocol-relative', '//evil.example/__xss(210)'),
  entry('file:', 'file:///etc/passwd'),
];

/** http(s) URLs that are valid but carry markup: stored as sent, rendered as text and an escaped href. */
export const MARKUP_IN_HTTP_URLS: readonly Hostile[] = [
  entry('quote and script after an https URL', 'https://example.org/"><script>__xss(220)</script>'),
  entry('handler after an https URL', "https://example.org/' onmouseover='__xss(221)"),
  entry('userinfo pointing elsewhere', 'https://example.org@evil.example/path?<img src=x onerror=__xss(222)>'),
];

/** Strings that look like SQL injection: stored as text, never executed. */
export const SQL_LIKE: readonly Hostile[] = [
  entry('drop table', `'; DROP TABLE "Annotation"; --`),
  entry('or 1=1', `' OR '1'='1`),
  entry('stacked query with sleep', `1; SELECT pg_sleep(10); --`),
  entry('LIKE wildcards', `%' OR 1=1 -- _%`),
  entry('backslash quote', `\\'; DELETE FROM "User"; --`),
  entry('double quotes', `" OR ""="`),
  entry('dollar quoting', `$$; DROP TABLE "Article"; $$`),
  entry('positional parameter', `$1 $2 ::text`),
  entry('COPY TO PROGRAM', `';COPY (SELECT '') TO PROGRAM 'touch /tmp/corroborate-pwned';--`),
  entry('comment and union', `x' UNION SELECT "passwordHash" FROM "User" /*`),
];

/** U+0000, which PostgreSQL cannot store in text or jsonb. */
export const NUL_BYTES: readonly Hostile[] = [
  entry('NUL alone', '\u0000'),
  entry('NUL inside text', 'before\u0000after'),
  entry('NUL inside a script tag', '<script>\u0000__xss(300)</script>'),
  entry('NUL before javascript:', '\u0000javascript:__xss(301)'),
];

/** Invalid UTF-16: surrogates without their partner. */
export const LONE_SURROGATES: readonly Hostile[] = [
  entry('lone high surrogate', '\uD800'),
  entry('lone low surrogate', '\uDFFF'),
  entry('high surrogate inside text', 'x\uD800y'),
  entry('reversed pair', '\uDC00\uD800'),
  entry('high surrogate at the end', 'text ending in half a pair \uDBFF'),
];

/** Controls and invisible characters that are valid text: stored exactly as sent. */
export const INVISIBLE_AND_BIDI: readonly Hostile[] = [
  entry('right-to-left override', 'invoice\u202Eexe.txt'),
  entry('bidi isolates', '\u2066isolated\u2069 \u2067rtl\u2069 \u2068first\u2069'),
  entry('zero-width characters', 'zero\u200Bwidth\u200Cjoin\u200Dbom\uFEFF'),
  entry('line and paragraph separators', 'line\u2028separator\u2029paragraph'),
  entry('combining marks', 'Z\u0351\u0362\u0334a\u0308\u0301lgo'),
  entry('emoji ZWJ sequence and flag', 'family \u{1F468}\u200D\u{1F469}\u200D\u{1F467} flag \u{1F1FA}\u{1F1E6}'),
  entry('soft hyphen and no-break space', 'soft\u00ADhyphen\u00A0nbsp'),
];

/** C0 controls other than NUL: valid in PostgreSQL text; removed from article titles and text (documented). */
export const C0_CONTROLS: readonly Hostile[] = [
  entry('bell and ANSI escape', 'bell\u0007 \u001B[31mred\u001B[0m'),
  entry('backspace and delete', 'back\u0008space del\u007F'),
];

/** `length` characters of `unit` (a code point is never split when unit is one). */
export function longString(length: number, unit = 'A'): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** `codePoints` astral characters (two UTF-16 units each): checks that limits count them, whichever unit they use. */
export function astralString(codePoints: number): string {
  return '\u{1F4A9}'.repeat(codePoints);
}

export const LONG_STRINGS = {
  /** Far over every single-line field's limit. */
  tenThousand: longString(10_000),
  /** Over the 1,000,000-character text import limit. */
  overTextImport: longString(1_000_001),
};

/** Bodies that are not JSON the app can use. Each is sent with Content-Type: application/json. */
export const MALFORMED_JSON: readonly Hostile[] = [
  entry('empty body', ''),
  entry('unclosed object', '{'),
  entry('missing value', '{"title": }'),
  entry('single quotes', "{'title': 'x'}"),
  entry('trailing comma', '{"title": "x",}'),
  entry('comment', '{"title": "x" /* c */}'),
  entry('NaN', '{"start": NaN}'),
  entry('undefined', 'undefined'),
  entry('garbage after the value', '{"title": "x"} garbage'),
  entry('byte order mark', '\uFEFF{"title": "x"}'),
  entry('raw control character in a string', '{"title": "a\u0001b"}'),
  entry('invalid escape', '{"title": "\\x41"}'),
  entry('lone surrogate escape', '{"title": "\\ud800"}'),
  entry('NUL escape', '{"title": "\\u0000"}'),
];

/** Valid JSON whose top level is not an object. */
export const NON_OBJECT_JSON: readonly Hostile[] = [
  entry('null', 'null'),
  entry('array', '[]'),
  entry('string', '"hello"'),
  entry('number', '42'),
  entry('boolean', 'true'),
];

/** Content types a JSON endpoint must refuse with 415. */
export const WRONG_CONTENT_TYPES: readonly string[] = [
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/jsonp',
  'application/javascript',
  'json',
];

/** `depth` levels of nested arrays: `[[[…]]]`. */
export function nestedArrays(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** `depth` levels of nested objects under `key`: `{"a":{"a":…1…}}`. */
export function nestedObjects(depth: number, key = 'a'): string {
  return `${`{"${key}":`.repeat(depth)}1${'}'.repeat(depth)}`;
}

export const DEEP_NESTING_DEPTH = 10_000;

/**
 * HTML nested `depth` deep in each shape an import may nest (lib/articles/limit-nesting.ts):
 * each element holds one word, `lines` are the lines of canonical text it must give (in order).
 * Work must stay linear in size (each took seconds, quadratic, before the limit).
 */
export function deeplyNestedHtml(depth: number, tag: string): (Hostile & { lines: string[] })[] {
  const words = (prefix: string) => Array.from({ length: depth }, (_, index) => `${prefix}${index}-${tag}`);
  const shapes: [string, (list: string[]) => string, boolean][] = [
    ['closed divs', (list) => list.map((word) => `<div>${word}`).join('') + '</div>'.repeat(list.length), true],
    ['unclosed divs', (list) => list.map((word) => `<div>${word}`).join(''), true],
    ['blockquotes', (list) => list.map((word) => `<blockquote>${word}`).join('') + '</blockquote>'.repeat(list.length), true],
    ['lists in list items', (list) => list.map((word) => `<ul><li>${word}`).join(''), true],
    ['tables in cells', (list) => list.map((word) => `<table><tr><td>${word}`).join(''), true],
    ['unclosed spans (one paragraph)', (list) => list.map((word) => `<span>${word} `).join(''), false],
    ['bold and italic (one paragraph)', (list) => list.map((word) => `<b><i>${word} `).join('') + '</i></b>'.repeat(list.length), false],
  ];
  return shapes.map(([name, make, blocks], index) => {
    const list = words(`s${index}w`);
    return { name: `${name}, ${depth} deep`, value: make(list), lines: blocks ? list : [list.join(' ')] };
  });
}
export const DEEP_HTML_DEPTH = 20_000;

/** A text that is one line repeated, with a single different line in the middle: every quote of the repeated part occurs everywhere. */
export const REPEATED_LINE = 'The same line of the report, again and again. ';
export function repetitiveText(lines: number): { text: string; marker: string } {
  const marker = 'One different line.';
  return { text: `${REPEATED_LINE.repeat(lines / 2)}${marker} ${REPEATED_LINE.repeat(lines / 2)}`.trim(), marker };
}

/** A JSON body of about `bytes` bytes: one big string in `field`. */
export function oversizedBody(bytes: number, field = 'text', extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...extra, [field]: longString(bytes) });
}

/**
 * Numbers a client may send as offsets, versions and values, as raw JSON
 * (so 1e309, which JSON.stringify cannot write, reaches the server as Infinity).
 */
export const HOSTILE_NUMBERS: readonly Hostile[] = [
  entry('negative', '-1'),
  entry('negative zero', '-0'),
  entry('fraction', '0.5'),
  entry('exponent overflow to Infinity', '1e309'),
  entry('negative Infinity', '-1e309'),
  entry('above int4', '2147483648'),
  entry('below int4', '-2147483649'),
  entry('above the safe integer range', '9007199254740993'),
  entry('huge exponent', '1e21'),
  entry('string', '"12"'),
  entry('null', 'null'),
  entry('boolean', 'true'),
  entry('array', '[1]'),
  entry('object', '{"valueOf": 1}'),
];

/**
 * Bodies with prototype-pollution keys, as raw JSON (JSON.parse makes "__proto__"
 * an own property; an object literal would not). `base` is merged in as the
 * otherwise valid fields.
 */
export function prototypePollutionBodies(base: Record<string, unknown>): Hostile[] {
  const fields = JSON.stringify(base).slice(1, -1);
  const join = (extra: string) => `{${fields}${fields ? ',' : ''}${extra}}`;
  return [
    entry('__proto__ with a flag', join('"__proto__": {"polluted": "yes", "role": "admin"}')),
    entry('constructor.prototype', join('"constructor": {"prototype": {"polluted": "yes"}}')),
    entry('__proto__ as an array', join('"__proto__": ["polluted"]')),
    entry('prototype key', join('"prototype": {"polluted": "yes"}')),
  ];
}

/** The text fields' corpus: everything that should either be refused or come back as plain text. */
export const TEXT_PAYLOADS: readonly Hostile[] = [...XSS, ...TEMPLATE_INJECTION, ...SQL_LIKE, ...INVISIBLE_AND_BIDI, ...C0_CONTROLS, ...MARKUP_IN_HTTP_URLS];

/** Characters PostgreSQL cannot store or JavaScript cannot encode as UTF-8: refused with 400. */
export const UNSTORABLE: readonly Hostile[] = [...NUL_BYTES, ...LONE_SURROGATES];

/** An HTML document carrying the whole XSS corpus, each payload in its own paragraph after a marker. */
export function hostileArticleHtml(title: string): string {
  // Markup as text first (it must show literally), then as markup (it must not run). Some
  // payloads leave a raw-text element open (<style>, <svg>), which swallows what follows, so
  // the markup comes last.
  const asText = [...XSS, ...TEMPLATE_INJECTION].map((payload) => `<p>${escapeText(payload.value)}</p>`).join('\n');
  const asMarkup = XSS.map((payload, index) => `<p>Payload ${index + 1}: ${payload.value}</p>`).join('\n');
  return `<h1>${escapeText(title)}</h1>\n<p>This article carries hostile markup; none of it may run.</p>\n${asText}\n<p>The hostile markup follows.</p>\n${asMarkup}`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Destinations URL import must refuse (the SSRF guard), as URLs. Tests send
 * nothing to any of them: each is refused before a connection is made.
 */
export const SSRF_URLS: readonly Hostile[] = [
  entry('loopback', 'http://127.0.0.1/'),
  entry('loopback, other address in 127/8', 'http://127.8.9.10/'),
  entry('loopback IPv6', 'http://[::1]/'),
  entry('unspecified', 'http://0.0.0.0/'),
  entry('zero as a host', 'http://0/'),
  entry('decimal IPv4', 'http://2130706433/'),
  entry('hex IPv4 with short form', 'http://0x7f.1/'),
  entry('octal IPv4 as one number', 'http://017700000001/'),
  entry('hex IPv4 as one number', 'http://0x7f000001/'),
  entry('octal dotted IPv4', 'http://0177.0.0.1/'),
  entry('zero-padded IPv4', 'http://127.000.000.001/'),
  entry('short IPv4', 'http://127.1/'),
  entry('full-width and circled digits (IDNA)', 'http://①②⑦.⓪.⓪.①/'),
  entry('private 10/8', 'http://10.0.0.1/'),
  entry('private 172.16/12', 'http://172.16.0.1/'),
  entry('private 192.168/16', 'http://192.168.1.1/'),
  entry('CGNAT', 'http://100.64.0.1/'),
  entry('link-local / cloud metadata', 'http://169.254.169.254/latest/meta-data/'),
  entry('cloud metadata, decimal', 'http://2852039166/'),
  entry('cloud metadata with a trailing dot', 'http://169.254.169.254./'),
  entry('cloud metadata IPv6 (AWS)', 'http://[fd00:ec2::254]/'),
  entry('IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/'),
  entry('IPv4-mapped loopback, expanded hex', 'http://[0:0:0:0:0:ffff:7f00:1]/'),
  entry('IPv4-mapped metadata', 'http://[::ffff:a9fe:a9fe]/'),
  entry('unspecified IPv6', 'http://[::]/'),
  entry('link-local IPv6', 'http://[fe80::1]/'),
  entry('unique-local IPv6', 'http://[fc00::1]/'),
  entry('multicast', 'http://224.0.0.1/'),
  entry('multicast IPv6', 'http://[ff02::1]/'),
  entry('broadcast', 'http://255.255.255.255/'),
  entry('userinfo before loopback', 'http://example.com@127.0.0.1/'),
  entry('userinfo with password', 'http://user:pass@example.com/'),
  entry('non-http scheme', 'file:///etc/passwd'),
  entry('gopher', 'gopher://127.0.0.1:6379/_INFO'),
  entry('javascript:', 'javascript:__xss(400)'),
];

/** Calendar days (YYYY-MM-DD fields): impossible, out of PostgreSQL's range, or not days at all. */
export const HOSTILE_DAYS: readonly Hostile[] = [
  entry('year zero (PostgreSQL has none)', '0000-01-01'),
  entry('February 30th', '2024-02-30'),
  entry('month 13', '2024-13-01'),
  entry('extended year', '+275760-09-13'),
  entry('date-time instead of a day', '2024-01-01T00:00:00Z'),
  entry('padded', ' 2024-01-01 '),
  entry('SQL', "2024-01-01'; DROP TABLE \"Article\"; --"),
  entry('script', '<script>__xss(450)</script>'),
  entry('NUL', '2024-01-01\u0000'),
];

/** Ids a client may put in a path segment instead of a UUID. */
export const HOSTILE_IDS: readonly Hostile[] = [
  entry('SQL', `'; DROP TABLE "Article"; --`),
  entry('36 dashes (UUID-shaped)', '-'.repeat(36)),
  entry('36 hex digits, no dashes', 'a'.repeat(36)),
  entry('UUID with a bad version nibble', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz'),
  entry('nil UUID', '00000000-0000-0000-0000-000000000000'),
  entry('path traversal', '../../../etc/passwd'),
  entry('NUL', '\u0000'),
  entry('very long', longString(5_000, 'f')),
  entry('script', '<script>__xss(500)</script>'),
];
