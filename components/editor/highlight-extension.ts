// tiptap extension that turns the article into a read-only, selectable surface
// with annotation highlights drawn as decorations (never written into the
// document). The document itself can never change: every transaction that
// would alter it is dropped, so the caret and keyboard selection still work.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node } from '@tiptap/pm/model';
import type { useTranslations } from 'next-intl';
import { segmentSpans } from '@/lib/anchoring/segment-spans';
import { LABELS, type Label } from '@/lib/vocabulary';
import { LABEL_KEY } from '../annotations/labels';
import { offsetIndexFor, spanToRange } from './text-offsets';

export type Highlight = {
  id: string;
  label: Label;
  start: number;
  end: number;
  mine: boolean;
  /** Accessible name, e.g. "Unsupported, by Rita: Russian Troops In Iran". */
  title: string;
};

/** Search within the article: every match is marked, the current one more strongly (and named data-search-current for scrolling to it). */
export type SearchMarks = { matches: readonly { start: number; end: number }[]; current: number | null };

export type HighlightState = { highlights: Highlight[]; activeId: string | null; pending: { start: number; end: number } | null; search?: SearchMarks };

/** The interface's words the decorations carry: each label's badge letter, and the title of a stretch where highlights overlap. */
export type HighlightWords = {
  badge: Readonly<Record<Label, string>>;
  overlap(labels: readonly Label[], titles: readonly string[]): string;
};

/** The words from the catalogue (editor.highlight, common.label) in the interface's language. */
export function highlightWords(t: ReturnType<typeof useTranslations<'editor'>>, common: ReturnType<typeof useTranslations<'common'>>): HighlightWords {
  return {
    badge: Object.fromEntries(LABELS.map((label) => [label, t(`highlight.badge.${label}`)])) as Record<Label, string>,
    overlap: (labels, titles) =>
      t('highlight.overlap', {
        count: titles.length,
        labels: labels.map((label) => common(`label.${label}`)).join(t('highlight.labelJoin')),
        titles: titles.join(t('highlight.titleJoin')),
      }),
  };
}

export type HighlightCallbacks = {
  words: HighlightWords;
  onActivate(id: string): void;
  onLabelKey(label: Label): boolean;
  /** W: whole-word snapping of selections on or off. */
  onToggleSnap(): boolean;
  onEscape(): boolean;
};

export const highlightKey = new PluginKey<DrawnHighlights>('corroborate-highlights');

const LABEL_KEYS: Record<string, Label> = Object.fromEntries(LABELS.map((label) => [LABEL_KEY[label], label]));

/**
 * One inline decoration per coverage segment, so that where highlights overlap
 * every label present is drawn (globals.css: a single label keeps its colour and
 * pattern; several labels get stripes of each label's colour over their patterns,
 * class hl-mix-<labels>) and named in the title. data-annotation-ids lists every
 * highlight covering the segment; data-annotation-id is the innermost one, which
 * a click activates. Each highlight also gets its lettered badge at its start.
 * Then the pending selection and the search matches. The whole set, from scratch;
 * the editor redraws with `redrawHighlights`, which changes only what differs.
 */
export function buildDecorations(doc: Node, state: HighlightState, words: HighlightWords): DecorationSet {
  return DecorationSet.create(doc, [...highlightLayer(doc, state, words).values(), ...overlayDecorations(doc, state)]);
}

/**
 * The highlights and their badges, each under a key that changes whenever what it draws
 * does (place, labels, ids, title, active), so that two layers can be compared by key.
 */
function highlightLayer(doc: Node, state: HighlightState, words: HighlightWords): Map<string, Decoration> {
  const index = offsetIndexFor(doc);
  const layer = new Map<string, Decoration>();
  const drawn = state.highlights.filter((highlight) => inText(index.text, highlight));
  for (const segment of segmentSpans(drawn)) {
    const { from, to } = spanToRange(index, segment.start, segment.end);
    const attributes = segmentAttributes(segment.spans, state.activeId, words);
    layer.set(`${from}-${to} ${attributes.class} ${attributes['data-annotation-ids']} ${attributes.title}`, Decoration.inline(from, to, attributes));
  }
  for (const highlight of drawn) {
    const { from } = spanToRange(index, highlight.start, highlight.end);
    const key = `badge-${highlight.id}-${highlight.label}`;
    layer.set(`${from} ${key} ${highlight.title}`, Decoration.widget(from, () => badge(highlight, words.badge[highlight.label]), { side: -1, key, ignoreSelection: true }));
  }
  return layer;
}

/** The pending selection and the search matches, drawn over the highlights. */
function overlayDecorations(doc: Node, state: HighlightState): Decoration[] {
  const index = offsetIndexFor(doc);
  const decorations: Decoration[] = [];
  if (state.pending && inText(index.text, state.pending)) {
    const { from, to } = spanToRange(index, state.pending.start, state.pending.end);
    decorations.push(Decoration.inline(from, to, { class: 'hl-pending' }));
  }
  state.search?.matches.forEach((match, at) => {
    if (!inText(index.text, match)) return;
    const { from, to } = spanToRange(index, match.start, match.end);
    decorations.push(Decoration.inline(from, to, at === state.search!.current ? { class: 'search-match search-current', 'data-search-current': 'true' } : { class: 'search-match' }));
  });
  return decorations;
}

const inText = (text: string, span: { start: number; end: number }) => span.start >= 0 && span.end <= text.length && span.start < span.end;

/** What the plugin keeps: the state drawn, the highlight layer by key and as a set, and that set with the overlay. */
export type DrawnHighlights = { state: HighlightState; layer: Map<string, Decoration>; highlights: DecorationSet; decorations: DecorationSet };

export function drawHighlights(doc: Node, state: HighlightState, words: HighlightWords): DrawnHighlights {
  const layer = highlightLayer(doc, state, words);
  const highlights = DecorationSet.create(doc, [...layer.values()]);
  const overlay = overlayDecorations(doc, state);
  return { state, layer, highlights, decorations: overlay.length > 0 ? highlights.add(doc, overlay) : highlights };
}

/**
 * `previous` redrawn for `next`, changing only what differs: a new highlight, the active one or
 * a selection replaces a few decorations of the set and keeps the rest (the same objects, so the
 * view compares the untouched paragraphs' decorations by identity and leaves their DOM alone).
 * The overlay (pending selection, search) is small and added afresh over the highlight layer.
 */
export function redrawHighlights(doc: Node, previous: DrawnHighlights, next: HighlightState, words: HighlightWords): DrawnHighlights {
  const before = previous.state;
  const sameOverlay = next.search === before.search && next.pending?.start === before.pending?.start && next.pending?.end === before.pending?.end;
  const sameLayer = next.highlights === before.highlights && next.activeId === before.activeId;
  if (sameLayer && sameOverlay) return { ...previous, state: next };
  let { layer, highlights } = previous;
  if (!sameLayer) {
    const wanted = highlightLayer(doc, next, words);
    const gone = [...previous.layer].filter(([key]) => !wanted.has(key)).map(([, decoration]) => decoration);
    const added = [...wanted].filter(([key]) => !previous.layer.has(key)).map(([, decoration]) => decoration);
    layer = new Map([...wanted].map(([key, decoration]) => [key, previous.layer.get(key) ?? decoration]));
    highlights = highlights.remove(gone).add(doc, added);
  }
  const overlay = overlayDecorations(doc, next);
  return { state: next, layer, highlights, decorations: overlay.length > 0 ? highlights.add(doc, overlay) : highlights };
}

/** The labels present among `highlights`, in the vocabulary's order. */
export function labelsOf(highlights: readonly Highlight[]): Label[] {
  return LABELS.filter((label) => highlights.some((highlight) => highlight.label === label));
}

/** Classes, data attributes and the accessible description of a segment covered by `covering` (non-empty). */
export function segmentAttributes(covering: readonly Highlight[], activeId: string | null, words: HighlightWords): Record<string, string> {
  const labels = labelsOf(covering);
  // The innermost (shortest) highlight is the one a click most likely means.
  const innermost = covering.reduce((best, highlight) => (highlight.end - highlight.start <= best.end - best.start ? highlight : best));
  const classes = [
    'hl',
    ...labels.map((label) => `hl-${label}`),
    labels.length > 1 ? `hl-multi hl-mix-${labels.join('-')}` : '',
    covering.some((highlight) => highlight.mine) ? 'hl-mine' : 'hl-other',
    covering.some((highlight) => highlight.id === activeId) ? 'hl-active' : '',
  ];
  const title =
    covering.length === 1
      ? covering[0]!.title
      : words.overlap(labels, covering.map((highlight) => highlight.title));
  return {
    class: classes.filter(Boolean).join(' '),
    'data-annotation-id': innermost.id,
    'data-annotation-ids': covering.map((highlight) => highlight.id).join(' '),
    'data-labels': labels.join(' '),
    title,
  };
}

function badge(highlight: Highlight, letter: string): HTMLElement {
  const element = document.createElement('span');
  element.className = `hl-badge hl-badge-${highlight.label}`;
  element.textContent = letter;
  element.contentEditable = 'false';
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', highlight.title);
  element.dataset.annotationId = highlight.id;
  element.dataset.badge = 'true';
  return element;
}

export function createHighlightExtension(callbacks: { current: HighlightCallbacks }) {
  return Extension.create({
    name: 'corroborateHighlights',
    addProseMirrorPlugins() {
      return [
        new Plugin({
          key: highlightKey,
          filterTransaction: (transaction) => !transaction.docChanged,
          state: {
            init: (_config, editorState) => drawHighlights(editorState.doc, { highlights: [], activeId: null, pending: null }, callbacks.current.words),
            apply: (transaction, previous) => {
              const next = transaction.getMeta(highlightKey) as HighlightState | undefined;
              return next ? redrawHighlights(transaction.doc, previous, next, callbacks.current.words) : previous;
            },
          },
          props: {
            decorations: (editorState) => highlightKey.getState(editorState)?.decorations,
            handleKeyDown: (_view, event) => {
              if (event.key === 'Escape') return callbacks.current.onEscape();
              if (event.ctrlKey || event.metaKey || event.altKey) return false;
              const label = LABEL_KEYS[event.key];
              if (label) return callbacks.current.onLabelKey(label) || true;
              if (event.key === 'w' || event.key === 'W') return callbacks.current.onToggleSnap() || true;
              return false;
            },
            // Typing, pasting and dropping would change the article: swallow them quietly.
            handleTextInput: () => true,
            handlePaste: () => true,
            handleDrop: () => true,
            handleClick: (view, _pos, event) => {
              const target = (event.target as HTMLElement | null)?.closest?.('[data-annotation-id]') as HTMLElement | null;
              if (!target || !view.state.selection.empty) return false;
              callbacks.current.onActivate(target.dataset.annotationId!);
              return target.dataset.badge === 'true';
            },
          },
        }),
      ];
    },
  });
}
