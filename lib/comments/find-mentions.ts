// Which people a comment @mentions: `@` followed by a member's email or full
// name (either case), ending where the text does or at a character that
// cannot continue a name or address. Knows nothing of projects: callers pass
// the people who may be mentioned (the article's project members).
export type Mentionable = { id: string; email: string; name: string };

const CONTINUES = /[\p{L}\p{N}_.@-]/u;

/** The ids of `people` the body mentions, each once, in the order of `people`. */
export function findMentions(body: string, people: readonly Mentionable[]): string[] {
  const lower = body.toLowerCase();
  return people.filter((person) => [person.email, person.name].some((handle) => mentions(lower, handle.toLowerCase()))).map((person) => person.id);
}

function mentions(lower: string, handle: string): boolean {
  if (handle === '') return false;
  const needle = `@${handle}`;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    // A full stop or hyphen right after the handle ends a sentence, unless a name character follows it.
    const end = at + needle.length;
    const after = /[.-]/.test(lower.charAt(end)) ? lower.charAt(end + 1) : lower.charAt(end);
    if (!CONTINUES.test(after)) return true;
  }
  return false;
}
