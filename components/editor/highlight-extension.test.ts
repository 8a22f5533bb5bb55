// Highlights are decorations over exactly the annotated words — headline,
// overlapping spans, emoji — and the document itself cannot be changed.
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { DOMParser as ProseMirrorDOMParser, type Node } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { DOMParser as LinkedomDOMParser } from 'linkedom';
import { createTranslator } from 'next-intl';
import { prepareArticle } from '@/lib/articles/prepare-article';
import messages from '@/messages/en';
import { articleExtensions } from './article-extensions';
import {
  type Highlight,
  type HighlightState,
  buildDecorations as build,
  createHighlightExtension,
  drawHighlights as draw,
  highlightKey,
  highlightWords,
  redrawHighlights as redraw,
} from './highlight-extension';

// The English catalogue's words, as the workbench gives them.
const words = highlightWords(createTranslator({ locale: 'en', messages, namespace: 'editor' }), createTranslator({ locale: 'en', messages, namespace: 'common' }));
const buildDecorations = (doc: Node, state: HighlightState) => build(doc, state, words);
const drawHighlights = (doc: Node, state: HighlightState) => draw(doc, state, words);
const redrawHighlights = (doc: Node, previous: ReturnType<typeof draw>, next: HighlightState) => redraw(doc, previous, next, words);

const schema = getSchema(articleExtensions);
const article = prepareArticle({ title: 'Russian Troops In Iran', html: '<p>Moscow 🚀 sent <b>air defence</b> systems.</p><p>Tehran asked for them.</p>' });

function parse(html: string): Node {
  const body = new LinkedomDOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html').body;
  return ProseMirrorDOMParser.fromSchema(schema).parse(body as unknown as globalThis.Node);
}

const doc = parse(article.html);
const span = (quote: string) => ({ start: article.text.indexOf(quote), end: article.text.indexOf(quote) + quote.length });
const highlight = (id: string, quote: string, label: Highlight['label'] = 'claim'): Highlight => ({ id, label, ...span(quote), mine: true, title: `${label}: ${quote}` });

type InlineAttrs = Record<string, string>;
/** The inline decorations of a set with their attributes (the badges are widgets and are left out). */
function inlineOf(set: ReturnType<typeof buildDecorations>): { from: number; to: number; attrs: InlineAttrs }[] {
  return set
    .find()
    .map((decoration) => ({ from: decoration.from, to: decoration.to, attrs: (decoration as unknown as { type: { attrs?: InlineAttrs } }).type.attrs ?? {} }))
    .filter((decoration) => decoration.attrs['data-annotation-ids'])
    .sort((a, b) => a.from - b.from);
}

describe('buildDecorations', () => {
  it('covers exactly the annotated words, across marks, emoji and the headline', () => {
    const highlights = [highlight('h', 'Russian Troops In Iran', 'unsupported'), highlight('a', '🚀 sent air defence'), highlight('b', 'air defence systems.\nTehran', 'opinion')];
    const inline = inlineOf(buildDecorations(doc, { highlights, activeId: 'a', pending: null }));
    const textOf = (id: string) =>
      inline
        .filter((decoration) => decoration.attrs['data-annotation-ids']!.split(' ').includes(id))
        .map((decoration) => doc.textBetween(decoration.from, decoration.to, '\n'))
        .join('');
    expect(textOf('h')).toBe('Russian Troops In Iran');
    expect(textOf('a')).toBe('🚀 sent air defence');
    expect(textOf('b')).toBe('air defence systems.\nTehran');
    // "a" is active: its two segments (alone, and where it overlaps "b") carry the outline.
    expect(inline.filter((decoration) => decoration.attrs.class!.includes('hl-active')).map((decoration) => doc.textBetween(decoration.from, decoration.to))).toEqual(['🚀 sent ', 'air defence']);
    expect(inline.some((decoration) => decoration.attrs.class!.includes('hl-unsupported'))).toBe(true);
  });

  it('draws an overlap of two labels as one segment that names and styles both', () => {
    const claim = highlight('c', 'Moscow 🚀 sent air defence', 'claim');
    const unsupported = { ...highlight('u', 'air defence systems', 'unsupported'), mine: false, title: 'Unsupported, by Ravi: air defence systems' };
    const inline = inlineOf(buildDecorations(doc, { highlights: [claim, unsupported], activeId: null, pending: null }));
    expect(inline.map((decoration) => [doc.textBetween(decoration.from, decoration.to), decoration.attrs['data-labels'], decoration.attrs['data-annotation-ids']])).toEqual([
      ['Moscow 🚀 sent ', 'claim', 'c'],
      ['air defence', 'claim unsupported', 'c u'],
      [' systems', 'unsupported', 'u'],
    ]);
    const overlap = inline[1]!.attrs;
    expect(overlap.class!.split(' ').sort()).toEqual(['hl', 'hl-claim', 'hl-mine', 'hl-mix-claim-unsupported', 'hl-multi', 'hl-unsupported']);
    expect(overlap.title).toBe('2 annotations here (Claim + Unsupported): claim: Moscow 🚀 sent air defence; Unsupported, by Ravi: air defence systems');
    // A click on the overlap means the innermost highlight.
    expect(overlap['data-annotation-id']).toBe('u');
    // Single-label segments keep their own label's class and title, and say whose they are.
    expect(inline[0]!.attrs.class).toBe('hl hl-claim hl-mine');
    expect(inline[2]!.attrs).toMatchObject({ class: 'hl hl-unsupported hl-other', title: 'Unsupported, by Ravi: air defence systems' });
  });

  it('names every label of a three-way overlap in the vocabulary order, and one label once however many share it', () => {
    const highlights = [highlight('u', 'sent air', 'unsupported'), highlight('o', 'sent air defence', 'opinion'), highlight('c', 'Moscow 🚀 sent air', 'claim'), highlight('c2', 'sent', 'claim')];
    const inline = inlineOf(buildDecorations(doc, { highlights, activeId: null, pending: null }));
    const sent = inline.find((decoration) => doc.textBetween(decoration.from, decoration.to) === 'sent')!.attrs;
    expect(sent['data-labels']).toBe('claim opinion unsupported');
    expect(sent.class).toContain('hl-mix-claim-opinion-unsupported');
    expect(sent.title!.startsWith('4 annotations here (Claim + Opinion + Unsupported): ')).toBe(true);
    const sameLabel = inlineOf(buildDecorations(doc, { highlights: [highlight('x', 'Tehran asked'), highlight('y', 'Tehran')], activeId: null, pending: null }));
    expect(sameLabel[0]!.attrs).toMatchObject({ 'data-labels': 'claim', class: 'hl hl-claim hl-mine' });
    expect(sameLabel[0]!.attrs.title!.startsWith('2 annotations here (Claim): ')).toBe(true);
  });

  it('marks every search match over exactly its words, the current one apart, alongside the highlights', () => {
    const search = { matches: [span('Moscow'), span('Tehran')], current: 1 };
    const set = buildDecorations(doc, { highlights: [highlight('a', 'Moscow 🚀 sent')], activeId: null, pending: null, search });
    const marks = set
      .find()
      .map((decoration) => ({ text: doc.textBetween(decoration.from, decoration.to), attrs: (decoration as unknown as { type: { attrs?: InlineAttrs } }).type.attrs ?? {} }))
      .filter((decoration) => decoration.attrs.class?.includes('search-match'));
    expect(marks.map((mark) => [mark.text, mark.attrs.class, mark.attrs['data-search-current'] ?? null])).toEqual([
      ['Moscow', 'search-match', null],
      ['Tehran', 'search-match search-current', 'true'],
    ]);
    expect(inlineOf(set)).toHaveLength(1);
  });

  it('skips spans outside the text instead of drawing them somewhere else', () => {
    const set = buildDecorations(doc, { highlights: [{ ...highlight('x', 'Tehran'), start: 5, end: article.text.length + 10 }], activeId: null, pending: null });
    expect(set.find()).toHaveLength(0);
  });
});

describe('the highlight plugin', () => {
  const callbacks = { current: { words, onActivate: () => undefined, onLabelKey: () => true, onToggleSnap: () => true, onEscape: () => true } };
  const extension = createHighlightExtension(callbacks);
  const plugins = (extension.config.addProseMirrorPlugins as () => import('@tiptap/pm/state').Plugin[]).call({} as never);
  const state = EditorState.create({ doc, plugins });

  it('refuses every change to the document but keeps selections', () => {
    const typed = state.apply(state.tr.insertText('X', 3));
    expect(typed.doc.eq(doc)).toBe(true);
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2, 8)));
    expect(selected.selection.from).toBe(2);
  });

  it('redraws decorations when given new highlights', () => {
    const next = state.apply(state.tr.setMeta(highlightKey, { highlights: [highlight('t', 'Tehran')], activeId: null, pending: null }));
    expect(highlightKey.getState(next)?.decorations.find().length).toBe(2); // the highlight and its badge
  });
});

describe('redrawHighlights', () => {
  /** A set's decorations as comparable values: place, and attributes or widget key. */
  const described = (set: ReturnType<typeof buildDecorations>) =>
    set
      .find()
      .map((decoration) => {
        const { attrs, spec } = decoration as unknown as { attrs?: InlineAttrs; type: { attrs?: InlineAttrs }; spec: { key?: string } };
        return `${decoration.from}-${decoration.to} ${JSON.stringify((decoration as unknown as { type: { attrs?: InlineAttrs } }).type.attrs ?? attrs ?? spec.key)}`;
      })
      .sort();
  const a = highlight('a', 'Moscow 🚀 sent air defence');
  const b = highlight('b', 'air defence systems.\nTehran', 'opinion');
  const c = highlight('c', 'Tehran asked', 'unsupported');
  const first: HighlightState = { highlights: [a, b], activeId: null, pending: null };

  it('draws what a set built from scratch draws, through added, activated, pending, searched and removed highlights', () => {
    const steps: HighlightState[] = [
      { highlights: [a, b, c], activeId: null, pending: null },
      { highlights: [a, b, c], activeId: 'b', pending: null },
      { highlights: [a, b, c], activeId: 'b', pending: span('Tehran'), search: { matches: [span('Moscow')], current: 0 } },
      { highlights: [a, c], activeId: 'c', pending: null },
      { highlights: [], activeId: null, pending: null },
    ];
    let drawn = drawHighlights(doc, first);
    for (const step of steps) {
      drawn = redrawHighlights(doc, drawn, step);
      expect(described(drawn.decorations)).toEqual(described(buildDecorations(doc, step)));
    }
  });

  it('keeps the decorations a change does not touch, and the whole set when nothing it draws changed', () => {
    const quiet: HighlightState = { highlights: [a, c], activeId: null, pending: null };
    const drawn = drawHighlights(doc, quiet);
    const added = redrawHighlights(doc, drawn, { ...quiet, highlights: [a, c, highlight('m', 'Moscow')] });
    const paragraphs = (set: ReturnType<typeof buildDecorations>) => {
      const children: unknown[] = [];
      doc.forEach((node, offset) => void children.push(set.forChild(offset, node)));
      return children;
    };
    const [headline, first, second] = paragraphs(added.decorations);
    const before = paragraphs(drawn.decorations);
    // "Moscow" is in the first paragraph: the other two keep their decorations, the very same objects.
    expect([headline, second]).toEqual([before[0], before[2]]);
    expect(headline).toBe(before[0]);
    expect(second).toBe(before[2]);
    expect(first).not.toBe(before[1]);
    expect(redrawHighlights(doc, drawn, { ...quiet, pending: null }).decorations).toBe(drawn.decorations);
  });
});
