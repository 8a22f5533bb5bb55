// Parses sanitised HTML into the block model. Any block-level element boundary
// ends the current block; <br> does too, so every line a reader sees is one
// block of canonical text.
import { Parser } from 'htmlparser2';
import type { ArticleDocument, Block, BlockKind, InlineRun } from './article-document';
import { collapseWhitespace, stripInvalidCharacters } from './normalize-whitespace';

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr',
  'td', 'th', 'dl', 'dt', 'dd', 'hr', 'br',
]);
const HEADING_LEVEL: Record<string, 2 | 3> = { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 };

type OpenTag = { name: string; href?: string };

export function htmlToDocument(html: string): ArticleDocument {
  const blocks: Block[] = [];
  const open: OpenTag[] = [];
  let runs: InlineRun[] = [];

  const flush = () => {
    const block = finishBlock(runs, currentKind(open));
    if (block) blocks.push(block);
    runs = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (BLOCK_TAGS.has(name)) flush();
        if (name !== 'br' && name !== 'hr') open.push({ name, href: name === 'a' ? attributes.href : undefined });
      },
      ontext(text) {
        runs.push(inlineRun(text, open));
      },
      onclosetag(name) {
        if (name === 'br' || name === 'hr') return;
        if (BLOCK_TAGS.has(name)) flush();
        const index = open.map((tag) => tag.name).lastIndexOf(name);
        if (index >= 0) open.splice(index, 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { blocks };
}

function inlineRun(text: string, open: OpenTag[]): InlineRun {
  const run: InlineRun = { text: stripInvalidCharacters(text) };
  if (open.some((tag) => tag.name === 'strong' || tag.name === 'b')) run.bold = true;
  if (open.some((tag) => tag.name === 'em' || tag.name === 'i')) run.italic = true;
  const link = [...open].reverse().find((tag) => tag.name === 'a');
  if (link?.href && /^(https?:|mailto:)/i.test(link.href)) run.href = link.href;
  return run;
}

function currentKind(open: OpenTag[]): { kind: BlockKind; level?: 2 | 3 } {
  for (let i = open.length - 1; i >= 0; i--) {
    const name = open[i]!.name;
    const level = HEADING_LEVEL[name];
    if (level) return { kind: 'heading', level };
    if (name === 'li') {
      const list = open.slice(0, i).reverse().find((tag) => tag.name === 'ul' || tag.name === 'ol');
      return { kind: list?.name === 'ol' ? 'orderedItem' : 'bulletItem' };
    }
    if (name === 'blockquote') return { kind: 'quote' };
  }
  return { kind: 'paragraph' };
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
