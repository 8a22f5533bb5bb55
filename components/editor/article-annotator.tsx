'use client';
// The article as an annotation surface: tiptap renders the stored HTML,
// highlights are decorations, and selections are reported as canonical-text
// spans (via text-offsets, the one position ↔ offset bridge), trimmed of
// whitespace and, unless the reader turned it off (key W), snapped to whole
// words (lib/anchoring/snap-span) by the article's language's word rules, and
// never on half a character. The body carries the article's lang and dir.
import { type Editor, EditorContent, useEditor } from '@tiptap/react';
import { useTranslations } from '@/components/i18n/kept-translations';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { snapSpan } from '@/lib/anchoring/snap-span';
import type { Label, TextDirection } from '@/lib/vocabulary';
import { articleExtensions } from './article-extensions';
import { type Highlight, type HighlightCallbacks, type HighlightWords, type SearchMarks, createHighlightExtension, highlightKey } from './highlight-extension';
import { type OffsetIndex, type TextSpan, offsetIndexFor, rangeToSpan, spanToRange } from './text-offsets';

export type SelectedSpan = { start: number; end: number; exact: string; top: number; left: number };

export type AnnotatorHandle = {
  scrollToAnnotation(id: string): void;
  focusText(): void;
  clearSelection(): void;
  /** The span with where to place a form beside it, if the text still reads `exact` there; else null. */
  locate(span: { start: number; end: number; exact: string }): SelectedSpan | null;
};

type Props = {
  html: string;
  highlights: Highlight[];
  activeId: string | null;
  pending: { start: number; end: number } | null;
  /** Matches of the search within the article (canonical-text spans) and the current one, scrolled into view when it changes. */
  search?: SearchMarks;
  /** Whole-word snapping of selections (on by default; W toggles it through onToggleSnap). */
  snapToWords: boolean;
  /** The article's language (BCP 47) and direction: the body's lang and dir, and the word rules selections snap to. */
  language: string;
  direction: TextDirection;
  /** The interface's words on the highlights (badge letters, the title where they overlap). */
  words: HighlightWords;
  onSelect(span: SelectedSpan | null): void;
  onToggleSnap(): boolean;
  /** The editor is ready: locate() and selections work from now on. */
  onReady?(): void;
  onActivate(id: string): void;
  /** A label key pressed in the text, with the selection as the editor has it at that moment. */
  onLabelKey(label: Label, span: SelectedSpan | null): boolean;
  onEscape(): boolean;
};

/** The document range of the browser's selection inside the editor, or null (none, collapsed, elsewhere, or not mappable). */
function domRange(editor: Editor): { from: number; to: number; empty: boolean } | null {
  const view = editor.view;
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
    return { from: Math.min(anchor, head), to: Math.max(anchor, head), empty: anchor === head };
  } catch {
    return null; // e.g. inside a highlight badge: fall back to the editor's selection
  }
}

export const ArticleAnnotator = forwardRef<AnnotatorHandle, Props>(function ArticleAnnotator(props, ref) {
  const { html, highlights, activeId, pending, search, snapToWords, language, direction, onSelect } = props;
  const t = useTranslations('editor');
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  // The key handler reads the selection the browser has at that moment: React state may be a render
  // behind, and even the editor's own selection lags the DOM's until the browser reports the change,
  // when a key follows the last Shift+Arrow at once (a fast keyboard user, or a test).
  const withCurrentSpan = (current: Props): HighlightCallbacks => ({
    ...current,
    onLabelKey: (label) => current.onLabelKey(label, editorRef.current ? spanOfSelection(editorRef.current, domRange(editorRef.current)) : null),
  });
  const callbacks = useRef<HighlightCallbacks>(withCurrentSpan(props));
  useEffect(() => {
    callbacks.current = withCurrentSpan(props);
  });

  const snapRef = useRef(snapToWords);
  useEffect(() => {
    snapRef.current = snapToWords;
  }, [snapToWords]);
  const languageRef = useRef(language);
  useEffect(() => {
    languageRef.current = language;
  }, [language]);

  /** The selected span in text offsets (of `range`, else the editor's selection), trimmed and snapped, with where to place the toolbar; null for none. */
  function spanOfSelection(current: Editor, range: { from: number; to: number; empty: boolean } | null = null): SelectedSpan | null {
    const { from, to, empty } = range ?? current.state.selection;
    if (empty || from === to) return null;
    const index = offsetIndexFor(current.state.doc);
    const span = snapSpan(index.text, rangeToSpan(index, from, to), { words: snapRef.current, locale: languageRef.current });
    return span ? placed(current, index, span) : null;
  }

  /** `span` with its quote and the place under its end (relative to the article box) for a toolbar or form. */
  function placed(current: Editor, index: OffsetIndex, span: TextSpan): SelectedSpan {
    const box = container.current?.getBoundingClientRect();
    const end = current.view.coordsAtPos(spanToRange(index, span.start, span.end).to);
    return { ...span, exact: index.text.slice(span.start, span.end), top: end.bottom - (box?.top ?? 0) + 6, left: Math.max(0, end.left - (box?.left ?? 0) - 120) };
  }
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  const extensions = useMemo(() => [...articleExtensions, createHighlightExtension(callbacks)], []);

  const editor = useEditor({
    extensions,
    content: html,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        'aria-label': t('articleText'),
        'aria-readonly': 'true',
        spellcheck: 'false',
      },
    },
    onSelectionUpdate: ({ editor: current }) => onSelectRef.current(spanOfSelection(current)),
  });
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  useEffect(() => {
    if (!editor) return;
    editor.view.dispatch(editor.state.tr.setMeta(highlightKey, { highlights, activeId, pending, search }));
  }, [editor, highlights, activeId, pending, search]);

  // The current search match, once drawn, is brought into view (the text keeps its own scroll and selection).
  const currentMatch = search?.current ?? null;
  useEffect(() => {
    if (!editor || currentMatch === null) return;
    container.current?.querySelector('[data-search-current]')?.scrollIntoView({ block: 'center' });
  }, [editor, currentMatch, search]);

  const onReadyRef = useRef(props.onReady);
  useEffect(() => {
    onReadyRef.current = props.onReady;
  });
  useEffect(() => {
    if (editor) onReadyRef.current?.();
  }, [editor]);

  // Snapping switched while text is selected: report the selection as it now reads.
  useEffect(() => {
    if (editor && !editor.state.selection.empty) onSelectRef.current(spanOfSelection(editor, domRange(editor)));
    // spanOfSelection reads the switch through snapRef, set by the effect above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapToWords]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToAnnotation(id) {
        const element = container.current?.querySelector(`[data-annotation-id="${CSS.escape(id)}"]`);
        element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        const highlight = highlights.find((candidate) => candidate.id === id);
        if (editor && highlight) {
          const { from } = spanToRange(offsetIndexFor(editor.state.doc), highlight.start, highlight.end);
          editor.chain().setTextSelection(from).run();
        }
      },
      focusText() {
        editor?.commands.focus();
      },
      clearSelection() {
        if (!editor) return;
        const { to } = editor.state.selection;
        editor.chain().setTextSelection(to).run();
      },
      locate(span) {
        if (!editor) return null;
        const index = offsetIndexFor(editor.state.doc);
        if (span.start < 0 || span.end > index.text.length || span.start >= span.end || index.text.slice(span.start, span.end) !== span.exact) return null;
        return placed(editor, index, span);
      },
    }),
    [editor, highlights],
  );

  return (
    // lang and dir on the body: the browser shapes, lays out and breaks lines by them; a right-to-left
    // article's highlights and badges follow its words because they are inline in the same text.
    <div ref={container} className="relative" lang={language} dir={direction}>
      {editor ? (
        <EditorContent editor={editor} className="article-body" data-testid="article-body" />
      ) : (
        // Safe: `html` was produced by lib/articles from the sanitised block model, never raw input.
        <div className="article-body" data-testid="article-body" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </div>
  );
});
