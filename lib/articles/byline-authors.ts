// The people a byline names, for the Author records of an outlet (issue 15).
// Bylines are free text as pages state them: "By Jane Doe and John Roe",
// "Jane Doe, John Roe and Ann Poe", "JANE DOE, Staff Writer", "By Jane Doe |
// The Associated Press". The splitting is deliberately conservative: a piece is
// taken as a name only when it looks like one (a few words, letters, no role or
// outlet words), because a wrong Author row is worse than none — the byline text
// itself is always kept on the article, so nothing is lost by leaving one out.

/** More names than this is not a byline (a list of contributors, a page's footer). */
export const MAX_BYLINE_AUTHORS = 12;
/** A person's name, in characters; longer is prose. */
export const MAX_AUTHOR_NAME_CHARS = 120;
/** A name has at most this many words ("Maria de la Cruz Pérez" has five). */
const MAX_NAME_WORDS = 6;

/** Words that make a piece a role or a desk, not a person: "Staff writer", "Reuters correspondent", "Special to the Times". */
const ROLE_WORDS =
  /\b(staff|writers?|reporters?|reporting|correspondents?|editors?|editorial|contributors?|contributing|columnists?|producers?|photographers?|photos?|analysts?|bureau|desk|newsroom|special to|wire|news service|press|agency|updated|published|posted)\b/i;

/** Separators between names: commas, semicolons, "and", "&", "with", pipes, slashes, dashes set off by spaces. */
const SEPARATORS = /\s*(?:,|;|\||\/|\s[–—-]\s|\band\b|&|\bwith\b|\n)\s*/i;

/** "By", "Written by", "Words by", "Story by" at the start; a colon after it is allowed. */
const BY_PREFIX = /^(?:(?:written|words|story|text|report(?:ed)?)\s+)?by\b:?\s*/i;

/**
 * The names a byline states, in its order, each once (case aside). `outlet` (the
 * article's source or publisher name) is left out when the byline repeats it.
 */
export function bylineAuthors(byline: string | null | undefined, outlet?: string | null): string[] {
  if (!byline) return [];
  const outletKey = outlet ? nameKey(outlet) : null;
  const names = new Map<string, string>();
  for (const piece of byline.replace(/\s+/g, ' ').trim().replace(BY_PREFIX, '').split(SEPARATORS)) {
    const name = cleanName(piece);
    if (!name || !looksLikeName(name)) continue;
    const key = nameKey(name);
    if (key === outletKey || names.has(key)) continue;
    names.set(key, name);
    if (names.size === MAX_BYLINE_AUTHORS) break;
  }
  return [...names.values()];
}

/** The key two spellings of one name share: case, accents' composition and spacing aside. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function cleanName(piece: string): string {
  const name = piece
    .replace(BY_PREFIX, '')
    // An e-mail address or a handle beside the name is not part of it.
    .replace(/\S+@\S+|(?:^|\s)@\w+/g, ' ')
    .replace(/[()[\]{}"“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,:;'’-]+|[\s,:;'’-]+$/g, '');
  // ALL-CAPS bylines ("JANE DOE") read as names in title case; mixed case is kept as written ("Ann McCarthy").
  return name === name.toUpperCase() && /[A-Z]/.test(name) ? name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase()) : name;
}

function looksLikeName(name: string): boolean {
  if (name.length < 2 || name.length > MAX_AUTHOR_NAME_CHARS) return false;
  if (!/\p{L}/u.test(name) || /\d/.test(name)) return false;
  if (name.split(' ').length > MAX_NAME_WORDS) return false;
  return !ROLE_WORDS.test(name);
}
