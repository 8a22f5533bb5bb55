// tiptap extension that turns the article into a read-only, selectable surface
// with annotation highlights drawn as decorations (never written into the
// document). The document itself can never change: every transaction that
// would alter it is dropped, so the caret and keyboard selection still work.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node } from '@tiptap/pm/model';
import { offsetIndexFor, spanToRange } from './text-offsets';

export type HighlightLabel = 'claim' | 'opinion' | 'unsupported';

export type Highlight = {
  id: string;
  label: HighlightLabel;
  start: number;
  end: number;
  mine: boolean;
  /** Accessible name, e.g. "Unsupported, by Rita: Russian Troops In Iran". */
  title: string;
};

export type HighlightState = { highlights: Highlight[]; activeId: string | null; pending: { start: number; end: number } | null };

export type HighlightCallbacks = {
  onActivate(id: string): void;
  onLabelKey(label: HighlightLabel): boolean;
  onEscape(): boolean;
};

export const highlightKey = new PluginKey<{ state: HighlightState; decorations: DecorationSet }>('corroborate-highlights');

const LABEL_KEYS: Record<string, HighlightLabel> = { '1': 'claim', '2': 'opinion', '3': 'unsupported' };
const BADGE: Record<HighlightLabel, string> = { claim: 'C', opinion: 'O', unsupported: 'U' };

export function buildDecorations(doc: Node, state: HighlightState): DecorationSet {
  const index = offsetIndexFor(doc);
  const decorations: Decoration[] = [];
  const inRange = (start: number, end: number) => start >= 0 && end <= index.text.length && start < end;
  for (const highlight of state.highlights) {
    if (!inRange(highlight.start, highlight.end)) continue;
    const { from, to } = spanToRange(index, highlight.start, highlight.end);
    const classes = ['hl', `hl-${highlight.label}`, highlight.mine ? 'hl-mine' : 'hl-other', highlight.id === state.activeId ? 'hl-active' : ''].filter(Boolean).join(' ');
    decorations.push(Decoration.inline(from, to, { class: classes, 'data-annotation-id': highlight.id, 'data-label': highlight.label, title: highlight.title }));
    decorations.push(
      Decoration.widget(from, () => badge(highlight), { side: -1, key: `badge-${highlight.id}-${highlight.label}`, ignoreSelection: true }),
    );
  }
  if (state.pending && inRange(state.pending.start, state.pending.end)) {
    const { from, to } = spanToRange(index, state.pending.start, state.pending.end);
    decorations.push(Decoration.inline(from, to, { class: 'hl-pending' }));
  }
  return DecorationSet.create(doc, decorations);
}

function badge(highlight: Highlight): HTMLElement {
  const element = document.createElement('span');
  element.className = `hl-badge hl-badge-${highlight.label}`;
  element.textContent = BADGE[highlight.label];
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
            init: (_config, editorState) => {
              const state: HighlightState = { highlights: [], activeId: null, pending: null };
              return { state, decorations: buildDecorations(editorState.doc, state) };
            },
            apply: (transaction, previous) => {
              const next = transaction.getMeta(highlightKey) as HighlightState | undefined;
              return next ? { state: next, decorations: buildDecorations(transaction.doc, next) } : previous;
            },
          },
          props: {
            decorations: (editorState) => highlightKey.getState(editorState)?.decorations,
            handleKeyDown: (_view, event) => {
              if (event.key === 'Escape') return callbacks.current.onEscape();
              const label = LABEL_KEYS[event.key];
              if (label && !event.ctrlKey && !event.metaKey && !event.altKey) return callbacks.current.onLabelKey(label) || true;
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
