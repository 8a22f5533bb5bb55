// Turns pasted or uploaded plain text into the block model: one block per
// non-empty line, "- " lines as bullet items, and short unpunctuated lines that
// introduce a paragraph as section headings (how scraped articles arrive).
import type { ArticleDocument, Block } from './article-document';
import { finishBlock } from './html-to-document';
import { stripInvalidCharacters } from './normalize-whitespace';

const BULLET = /^\s*(?:[-*•‣◦])\s+/;
const MAX_HEADING_LENGTH = 90;

export function plainTextToDocument(text: string): ArticleDocument {
  // Controls go first, as in HTML imports: canonical text never holds NUL, other C0 controls or half surrogate pairs.
  const lines = stripInvalidCharacters(text.replace(/\r\n?/g, '\n')).split('\n').map((line) => line.trim()).filter(Boolean);
  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    const bullet = BULLET.exec(line);
    const block = bullet
      ? finishBlock([{ text: line.slice(bullet[0].length) }], { kind: 'bulletItem' })
      : finishBlock([{ text: line }], looksLikeHeading(line, lines[index + 1]) ? { kind: 'heading', level: 2 } : { kind: 'paragraph' });
    if (block) blocks.push(block);
  });
  return { blocks };
}

function looksLikeHeading(line: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (!isShortUnpunctuated(line)) return false;
  // A heading introduces body text or a list, not another short line.
  return BULLET.test(next) || !isShortUnpunctuated(next);
}

/**
 * What a sentence ends with, in any script: Latin punctuation and quotes, the
 * ideographic full stop and its full-width kin with the corner brackets
 * (Chinese, Japanese), the Arabic question mark, comma and semicolon and the
 * Urdu full stop, the Devanagari danda, the ellipsis.
 */
const SENTENCE_END = /[.!?:;,"”'’)»。．！？：；，」』）》〕…؟،؛۔।॥]$/u;

function isShortUnpunctuated(line: string): boolean {
  return line.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(line) && !BULLET.test(line);
}
