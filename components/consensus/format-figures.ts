// Text cutting for quotes in panels and dialogs: language-neutral (it cuts at a space and never
// splits a surrogate pair). Figures are written by figure-format.ts, in the interface's language.

/** Cut a passage to at most `max` characters at a word boundary, with an ellipsis; never splits a surrogate pair. */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const head = flat.slice(0, cut);
  if (flat[cut] === ' ') return `${head}…`;
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.5 ? head.slice(0, space) : head).trimEnd()}…`;
}
