// Highlights are decorations over exactly the annotated words — headline,
// overlapping spans, emoji — and the document itself cannot be changed.
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { DOMParser as ProseMirrorDOMParser, type Node } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { DOMParser as LinkedomDOMParser } from 'linkedom';
import { prepareArticle } from '@/lib/articles/prepare-article';
import { articleExtensions } from './article-viewer';
import { type Highlight, buildDecorations, createHighlightExtension, highlightKey } from './highlight-extension';

const schema = getSchema(articleExtensions);
const article = prepareArticle({ title: 'Russian Troops In Iran', html: '<p>Moscow 🚀 sent <b>air defence</b> systems.</p><p>Tehran asked for them.</p>' });

function parse(html: string): Node {
  const body = new LinkedomDOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html').body;
  return ProseMirrorDOMParser.fromSchema(schema).parse(body as unknown as globalThis.Node);
}

const doc = parse(article.html);
const span = (quote: string) => ({ start: article.text.indexOf(quote), end: article.text.indexOf(quote) + quote.length });
const highlight = (id: string, quote: string, label: Highlight['label'] = 'claim'): Highlight => ({ id, label, ...span(quote), mine: true, title: `${label}: ${quote}` });

describe('buildDecorations', () => {
  it('covers exactly the annotated words, across marks, emoji and the headline', () => {
    const highlights = [highlight('h', 'Russian Troops In Iran', 'unsupported'), highlight('a', '🚀 sent air defence'), highlight('b', 'air defence systems.\nTehran', 'opinion')];
    const set = buildDecorations(doc, { highlights, activeId: 'a', pending: null });
    const inline = set.find().filter((decoration) => (decoration as unknown as { type: { attrs?: { 'data-annotation-id'?: string } } }).type.attrs?.['data-annotation-id']);
    const textOf = (id: string) =>
      inline
        .filter((decoration) => (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-annotation-id'] === id)
        .map((decoration) => doc.textBetween(decoration.from, decoration.to, '\n'))
        .join('\n');
    expect(textOf('h')).toBe('Russian Troops In Iran');
    expect(textOf('a')).toBe('🚀 sent air defence');
    expect(textOf('b')).toBe('air defence systems.\nTehran');
    const classes = inline.map((decoration) => (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs.class ?? '');
    expect(classes.filter((name) => name.includes('hl-active'))).toHaveLength(1);
    expect(classes.some((name) => name.includes('hl-unsupported'))).toBe(true);
  });

  it('skips spans outside the text instead of drawing them somewhere else', () => {
    const set = buildDecorations(doc, { highlights: [{ ...highlight('x', 'Tehran'), start: 5, end: article.text.length + 10 }], activeId: null, pending: null });
    expect(set.find()).toHaveLength(0);
  });
});

describe('the highlight plugin', () => {
  const callbacks = { current: { onActivate: () => undefined, onLabelKey: () => true, onEscape: () => true } };
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
