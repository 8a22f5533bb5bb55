// Parses sanitised HTML into the block model. Any block-level element boundary
// ends the current block; <br> does too, so every line a reader sees is one
// block of canonical text.
import { Parser } from 'htmlparser2';
import type { ArticleDocument, Block, BlockKind, InlineRun } from './article-document';
import { collapseWhitespace, stripInvalidCharacters } from './normalize-whitespace';

/** Elements whose start or end ends the current block (limitNesting turns deeper ones into line breaks). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr',
  'td', 'th', 'dl', 'dt', 'dd', 'hr', 'br',
]);
const HEADING_LEVEL: Record<string, 2 | 3> = { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 };

type Shape = { kind: BlockKind; level?: 2 | 3 };
/**
 * An open element with what it means for the text inside it, derived from its
 * parent's when it opens, so each tag and text costs the same at any depth:
 * marks from any enclosing b/strong and i/em, the innermost link, the list an
 * item belongs to, and the block kind (innermost heading, list item or quote).
 */
type OpenTag = { name: string; bold: boolean; italic: boolean; href?: string; list?: 'ul' | 'ol'; shape: Shape };

const PARAGRAPH: Shape = { kind: 'paragraph' };

export function htmlToDocument(html: string): ArticleDocument {
  const blocks: Block[] = [];
  const open: OpenTag[] = [];
  let runs: InlineRun[] = [];

  const flush = () => {
    const block = finishBlock(runs, open[open.length - 1]?.shape ?? PARAGRAPH);
    if (block) blocks.push(block);
    runs = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (BLOCK_TAGS.has(name)) flush();
        if (name !== 'br' && name !== 'hr') open.push(openTag(name, attributes.href, open[open.length - 1]));
      },
      ontext(text) {
        runs.push(inlineRun(text, open[open.length - 1]));
      },
      onclosetag(name) {
        if (name === 'br' || name === 'hr') return;
        if (BLOCK_TAGS.has(name)) flush();
        // The parser closes elements innermost first, so this is the top; anything else is closed with it.
        for (let index = open.length - 1; index >= 0; index--) {
          if (open[index]!.name !== name) continue;
          open.length = index;
          break;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { blocks };
}

function openTag(name: string, href: string | undefined, parent: OpenTag | undefined): OpenTag {
  const list = name === 'ul' || name === 'ol' ? name : parent?.list;
  const level = HEADING_LEVEL[name];
  const shape: Shape = level
    ? { kind: 'heading', level }
    : name === 'li'
      ? { kind: parent?.list === 'ol' ? 'orderedItem' : 'bulletItem' }
      : name === 'blockquote'
        ? { kind: 'quote' }
        : (parent?.shape ?? PARAGRAPH);
  return {
    name,
    bold: name === 'strong' || name === 'b' || (parent?.bold ?? false),
    italic: name === 'em' || name === 'i' || (parent?.italic ?? false),
    href: name === 'a' ? (href ?? '') : parent?.href,
    list,
    shape,
  };
}

function inlineRun(text: string, parent: OpenTag | undefined): InlineRun {
  const run: InlineRun = { text: stripInvalidCharacters(text) };
  if (parent?.bold) run.bold = true;
  if (parent?.italic) run.italic = true;
  // The innermost link decides, even when its address is not one we keep.
  if (parent?.href && /^(https?:|mailto:)/i.test(parent.href)) run.href = parent.href;
  return run;
}

/** Collapses whitespace across run boundaries, trims the block, merges runs with equal marks. */
export function finishBlock(rawRuns: InlineRun[], shape: { kind: BlockKind; level?: 1 | 2 | 3 }): Block | null {
  const runs: InlineRun[] = [];
  let endsWithSpace = true; // trims leading whitespace of the block
  for (const raw of rawRuns) {
    let text = collapseWhitespace(raw.text);
    if (endsWithSpace && text.startsWith(' ')) text = text.slice(1);
    if (!text) continue;
    endsWithSpace = text.endsWith(' ');
    const previous = runs[runs.length - 1];
    if (previous && sameMarks(previous, raw)) previous.text += text;
    else runs.push({ ...raw, text });
  }
  const last = runs[runs.length - 1];
  if (last && last.text.endsWith(' ')) {
    last.text = last.text.slice(0, -1);
    if (!last.text) runs.pop();
  }
  if (runs.length === 0) return null;
  return shape.kind === 'heading' ? { kind: 'heading', level: shape.level ?? 2, runs } : { kind: shape.kind, runs };
}

function sameMarks(a: InlineRun, b: InlineRun): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && a.href === b.href;
}
