// Recognises the byline and footer lines a page's main content often still carries — "By Jane
// Doe" at the top, "© 2025 Example News", "Read more: …", a newsletter plug at the bottom — so
// the importer can leave them out of the article's text: the byline is stored as metadata, and
// the footer is not the article's claim to check.
//
// Conservative on purpose: only the first LEAD_WINDOW and last TAIL_WINDOW blocks are looked at;
// a leading line goes only when it is the known byline ("By <byline>", or the byline alone); a
// trailing line only when it is short and opens with a footer phrase, and only as an unbroken run
// up to the end. Never every block: at least one stays.
import { parseHTML } from 'linkedom';

export const LEAD_WINDOW = 3;
export const TAIL_WINDOW = 4;
/** Footer lines are short; a long paragraph that happens to open with "Read more" is text. */
export const MAX_FOOTER_CHARS = 200;

const FOOTER = [
  /^(?:©|\(c\)|copyright\b)/i,
  /^all rights reserved\b/i,
  /^read more\b/i,
  /^(?:related|see also|more on this story)\s*:/i,
  /^(?:sign up|subscribe)\b.*\bnewsletter\b/i,
  /^(?:follow us|follow [^ ]+ on)\b/i,
  /^this (?:article|story) (?:was )?(?:originally )?(?:appeared|published)\b/i,
];

export type BoilerplateCut = { leading: number; trailing: number };

/** How many blocks to drop from the start and from the end of `blocks` (their plain texts). */
export function findBoilerplate(blocks: readonly string[], byline: string | null): BoilerplateCut {
  const texts = blocks.map((text) => text.replace(/\s+/g, ' ').trim());
  let leading = 0;
  for (let index = 0; index < Math.min(LEAD_WINDOW, texts.length); index++) {
    const text = texts[index] ?? '';
    if (text === '') continue;
    if (isBylineLine(text, byline)) leading = index + 1;
    else break;
  }
  let trailing = 0;
  for (let index = texts.length - 1; index >= Math.max(leading, texts.length - TAIL_WINDOW); index--) {
    const text = texts[index] ?? '';
    if (text === '' || isFooterLine(text) || isBylineLine(text, byline)) trailing = texts.length - index;
    else break;
  }
  // Keep at least one block: a "page" that is all boilerplate is left to the editor.
  if (leading + trailing >= texts.length) return { leading: 0, trailing: 0 };
  return { leading, trailing };
}

export function isBylineLine(text: string, byline: string | null): boolean {
  if (!byline) return false;
  const fold = (value: string) => value.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
  const line = fold(text);
  const name = fold(byline);
  if (name === '' || line.length > name.length + 60) return false;
  return line === name || line === `by ${name}` || line === `by: ${name}` || line.startsWith(`by ${name},`) || line.startsWith(`by ${name} |`);
}

export function isFooterLine(text: string): boolean {
  return text.length <= MAX_FOOTER_CHARS && FOOTER.some((pattern) => pattern.test(text));
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, div';

/** Removes the recognised byline and footer blocks from content HTML (untrusted in, untrusted out). */
export function stripBoilerplateHtml(html: string, byline: string | null): string {
  if (html.trim() === '') return html;
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  // Leaf blocks only (a <div> that holds paragraphs is not a line), in document order.
  // Blank blocks (an image's paragraph) are never lines to drop, so they are not counted at all.
  const blocks = Array.from(document.body.querySelectorAll(BLOCKS)).filter((element) => !element.querySelector(BLOCKS) && (element.textContent ?? '').trim() !== '');
  const cut = findBoilerplate(
    blocks.map((element) => element.textContent ?? ''),
    byline,
  );
  if (cut.leading === 0 && cut.trailing === 0) return html;
  for (const element of [...blocks.slice(0, cut.leading), ...blocks.slice(blocks.length - cut.trailing)]) element.remove();
  return document.body.innerHTML.trim();
}
