// The one bridge between ProseMirror document positions (what the editor,
// selections and decorations speak) and canonical-text offsets (what
// annotations store). Nothing else may convert between the two.
//
// Canonical text, as the editor sees it: the text of every textblock, in
// document order, joined by "\n" (lib/articles/render-document.ts builds the
// stored text the same way, headline first). Offsets are UTF-16 code units, as
// JavaScript strings count them: an emoji outside the BMP is 2, a combining
// mark is its own unit; marks (bold, italic, links) split text nodes but never
// add or remove text, so they never change an offset.
//
// Rules, all deterministic:
// - Inside a textblock, a text node contributes its text, so every code unit
//   is exactly one ProseMirror position.
// - An inline leaf node (not text) counts as exactly ONE code unit, so the
//   position <-> offset mapping stays one-to-one inside a block: a hard break
//   (StarterKit's `hardBreak`, or any leaf whose spec renders "\n") counts as
//   "\n"; any other inline leaf counts as U+FFFC OBJECT REPLACEMENT CHARACTER.
//   Stored article HTML never contains either (<br> splits blocks on import),
//   so this only matters for documents that did not come from prepareArticle.
//   Note: tiptap does not give hardBreak a `leafText`, so to compare with
//   `doc.textBetween` pass `leafText: "\n"` as its fourth argument.
// - Block nodes that are not textblocks (list items, blockquotes, a leaf block
//   such as a horizontal rule) contribute no text and no separator.
// - An inline node WITH content inside a textblock cannot be mapped one-to-one
//   and is not in our schema: buildOffsetIndex throws rather than mis-map.
//
// Boundaries. Between textblock i and i+1 the text holds one "\n" at offset
// E = end of block i, and S = E + 1 is the start of block i+1.
// - offsetToPos(E, 'end') is the end of block i's content (the exact inverse of
//   posToOffset); offsetToPos(E, 'start') is the start of block i+1's content,
//   so a span beginning at the separator starts where its visible text does.
//   That is the only offset where the bias matters.
// - Positions that are not inside a textblock (before/after a block's tokens,
//   inside a list item before its paragraph, ...) have no offset of their
//   own: posToOffset(pos, 'start') snaps forward to the start of the next
//   textblock, posToOffset(pos, 'end') snaps back to the end of the previous
//   one. Before the first textblock both give 0, after the last both give
//   text.length. That is the only kind of position where the bias matters.
// These choices make rangeToSpan agree with ProseMirror's own
// `doc.textBetween(from, to, "\n")` for every from <= to.
//
// Out-of-range or non-integer offsets and positions throw a RangeError: an
// offset beyond the text means the annotation does not belong to this document.
import type { Node } from '@tiptap/pm/model';

export type Bias = 'start' | 'end';

/** One textblock of the document, in canonical-text terms. */
export type TextblockEntry = {
  /** ProseMirror position of the block's content start (block position + 1). */
  readonly pos: number;
  /** Canonical-text offset of the block's first code unit. */
  readonly offset: number;
  /** Length of the block's text in UTF-16 code units (= its content size). */
  readonly length: number;
};

export type OffsetIndex = {
  /** The document this index describes; an index is only valid for this exact doc. */
  readonly doc: Node;
  /** Canonical text as the editor sees it: textblock texts joined by "\n". */
  readonly text: string;
  /** Textblocks in document order; `pos` and `offset` are both strictly increasing. */
  readonly blocks: readonly TextblockEntry[];
};

export type TextSpan = { start: number; end: number };
export type DocRange = { from: number; to: number };

const HARD_BREAK_TEXT = '\n';
const OTHER_LEAF_TEXT = '\ufffc';
const BLOCK_SEPARATOR = '\n';

export function buildOffsetIndex(doc: Node): OffsetIndex {
  const blocks: TextblockEntry[] = [];
  const texts: string[] = [];
  let offset = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = textblockText(node);
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length;
    blocks.push({ pos: pos + 1, offset, length: text.length });
    texts.push(text);
    offset += text.length;
    return false;
  });
  return { doc, text: texts.join(BLOCK_SEPARATOR), blocks };
}

const cache = new WeakMap<Node, OffsetIndex>();

/** buildOffsetIndex, memoised per document (ProseMirror documents are immutable). */
export function offsetIndexFor(doc: Node): OffsetIndex {
  let index = cache.get(doc);
  if (!index) {
    index = buildOffsetIndex(doc);
    cache.set(doc, index);
  }
  return index;
}

function textblockText(block: Node): string {
  let text = '';
  block.forEach((child) => {
    if (child.isText) text += child.text ?? '';
    else if (child.isLeaf) text += isLineBreak(child) ? HARD_BREAK_TEXT : OTHER_LEAF_TEXT;
    else throw new Error(`text-offsets: inline node "${child.type.name}" has content; positions and offsets cannot be mapped one-to-one`);
  });
  if (text.length !== block.content.size) throw new Error('text-offsets: textblock text length differs from its content size');
  return text;
}

function isLineBreak(leaf: Node): boolean {
  return leaf.type.name === 'hardBreak' || leaf.type.spec.leafText?.(leaf) === '\n';
}

/** Canonical-text offset -> document position. See the header for what `bias` does at a block separator. */
export function offsetToPos(index: OffsetIndex, offset: number, bias: Bias = 'end'): number {
  checkInteger(offset, 0, index.text.length, 'offset');
  const { blocks } = index;
  const i = lastAtOrBefore(blocks, offset, 'offset');
  const block = blocks[i];
  if (!block) return 0; // no textblocks at all: the only offset is 0
  const within = offset - block.offset; // 0..block.length (block.length = the separator after it)
  if (within === block.length && bias === 'start') {
    const next = blocks[i + 1];
    if (next) return next.pos;
  }
  return block.pos + within;
}

/** Document position -> canonical-text offset. See the header for what `bias` does between textblocks. */
export function posToOffset(index: OffsetIndex, pos: number, bias: Bias = 'start'): number {
  checkInteger(pos, 0, index.doc.content.size, 'position');
  const { blocks } = index;
  const i = lastAtOrBefore(blocks, pos, 'pos');
  const block = blocks[i];
  if (!block) return 0; // before the first textblock (or there are none)
  const within = pos - block.pos;
  if (within <= block.length) return block.offset + within;
  // Between textblock i and the next one (or after the last).
  const next = blocks[i + 1];
  if (!next) return index.text.length;
  return bias === 'start' ? next.offset : block.offset + block.length;
}

/**
 * Document range (e.g. a selection's from/to) -> canonical-text span, with
 * `text.slice(start, end) === doc.textBetween(from, to, "\n")`. A range that
 * holds no text between two blocks collapses onto the end of the earlier block.
 */
export function rangeToSpan(index: OffsetIndex, from: number, to: number): TextSpan {
  if (from > to) throw new RangeError(`text-offsets: range from ${from} is after to ${to}`);
  const end = posToOffset(index, to, 'end');
  const start = Math.min(posToOffset(index, from, 'start'), end);
  return { start, end };
}

/**
 * Canonical-text span -> document range (e.g. for a decoration). A span that
 * starts at a block separator starts at the next block's text; an empty span
 * at a separator collapses onto the end of the earlier block.
 */
export function spanToRange(index: OffsetIndex, start: number, end: number): DocRange {
  if (start > end) throw new RangeError(`text-offsets: span start ${start} is after end ${end}`);
  const to = offsetToPos(index, end, 'end');
  const from = Math.min(offsetToPos(index, start, 'start'), to);
  return { from, to };
}

/** Index of the last block whose `key` is <= value, or -1. */
function lastAtOrBefore(blocks: readonly TextblockEntry[], value: number, key: 'pos' | 'offset'): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]![key] <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function checkInteger(value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`text-offsets: ${what} ${value} is outside ${min}..${max}`);
  }
}
