// The block model every imported article is reduced to. Stored HTML and the
// canonical text are both generated from it, so the editor (which renders the
// HTML) and the offsets (which index the text) can never disagree on structure.

export type InlineRun = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Absolute http(s) or mailto URL; anything else is dropped before it gets here. */
  href?: string;
};

export type BlockKind = 'heading' | 'paragraph' | 'bulletItem' | 'orderedItem' | 'quote';

export type Block = {
  kind: BlockKind;
  /** Only for headings: 1 is the headline, body headings are 2 or 3. */
  level?: 1 | 2 | 3;
  runs: InlineRun[];
};

export type ArticleDocument = { blocks: Block[] };

export function blockText(block: Block): string {
  return block.runs.map((run) => run.text).join('');
}
