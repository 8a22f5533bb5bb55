// The annotation workspace's state as one value: what the reader is doing (the
// mode: nothing, a selection with its toolbar, a new annotation's form, an
// existing one's form, or re-attaching an orphan) and what holds whatever the
// mode (the annotations, the active one, the notice, saving, whole-word
// snapping, a restored draft set aside). Pure: the component performs the API
// calls, the local draft store and focus, and reports what happened here as
// events, so every combination of modes is decided in one place.
//
// The text selection belongs to the modes that show or keep it: a form keeps
// the selection it was opened over and shows it again when it closes, as a
// re-attachment does when cancelled. While a form is open, selections in the
// text are not followed (the form is about the passage it was opened on).
// Opening one mode replaces the one before; a replaced New-annotation form
// keeps its local draft (it was not cancelled), so a reload offers it back.
import type { Label, WorkspaceAnnotation } from '@/lib/views/annotation-views';
import type { SelectedSpan } from '../editor/article-annotator';
import type { AnnotationContent } from './annotation-client';

export type Mode =
  | { kind: 'idle' }
  /** Text is selected: the toolbar offers the labels. */
  | { kind: 'selecting'; span: SelectedSpan }
  /** The New-annotation form on `span`; `restoredAt`: brought back from the local draft store (saved then). */
  | { kind: 'drafting'; span: SelectedSpan; initial: AnnotationContent; restoredAt: string | null; error?: string }
  /** The Edit form; `selection`: the text selection it was opened over, shown again when it closes. */
  | { kind: 'editing'; annotation: WorkspaceAnnotation; selection: SelectedSpan | null; error?: string }
  /** An orphaned annotation waits for a passage; with `span`, the toolbar offers "Re-attach here". */
  | { kind: 'reattaching'; annotation: WorkspaceAnnotation; span: SelectedSpan | null };

/** What happened, worded by the notice from the catalogue (annotations.notice.<say>); `label`: the label saved. */
export type InfoNotice = { kind: 'info'; say: 'reattachHint' | 'snapOn' | 'snapOff' | 'saved' | 'updated' | 'deleted' | 'restored' | 'reattached' | 'submitted'; label?: Label; undo?: WorkspaceAnnotation };
/** What went wrong, in the server's words (or the workspace's own); `reload` after a conflict. */
export type ErrorNotice = { kind: 'error'; message: string; reload?: boolean };
export type Notice = InfoNotice | ErrorNotice;

/** A stored draft that could not be placed on this revision of the text: announced, and its content carried into the next new annotation. */
export type SetAsideDraft = { savedAt: string; revision: number; exact: string; content: AnnotationContent };

export type WorkspaceState = {
  mode: Mode;
  annotations: WorkspaceAnnotation[];
  activeId: string | null;
  notice: Notice | null;
  saving: boolean;
  snapToWords: boolean;
  setAside: SetAsideDraft | null;
};

export type WorkspaceEvent =
  /** The editor reports its selection (null: none). */
  | { type: 'selected'; span: SelectedSpan | null }
  /** A label chosen: on `span` (a label key, with the editor's selection at that moment), or without one on the selection shown. */
  | { type: 'draftStarted'; label: Label; span?: SelectedSpan | null }
  | { type: 'draftRestored'; span: SelectedSpan; content: AnnotationContent; savedAt: string }
  | { type: 'draftSetAside'; draft: SetAsideDraft }
  | { type: 'restoredDiscarded' }
  | { type: 'editStarted'; annotation: WorkspaceAnnotation }
  /** Cancel or Escape on the open form. */
  | { type: 'formClosed' }
  | { type: 'reattachStarted'; annotation: WorkspaceAnnotation }
  | { type: 'reattachCancelled' }
  | { type: 'snapToggled' }
  | { type: 'saveStarted' }
  | { type: 'created'; annotation: WorkspaceAnnotation }
  | { type: 'updated'; annotation: WorkspaceAnnotation }
  | { type: 'saveFailed'; message: string; reload: boolean }
  | { type: 'deleted'; annotation: WorkspaceAnnotation }
  | { type: 'undeleted'; annotation: WorkspaceAnnotation }
  | { type: 'reattached'; annotation: WorkspaceAnnotation }
  /** A request other than a save failed. */
  | { type: 'failed'; message: string; reload: boolean }
  | { type: 'activated'; id: string }
  /** The list as the server has it now (a reload, a submission), with the notice to show. */
  | { type: 'listLoaded'; annotations: WorkspaceAnnotation[]; notice: Notice | null };

const IDLE: Mode = { kind: 'idle' };

export function initialWorkspaceState(annotations: WorkspaceAnnotation[]): WorkspaceState {
  return { mode: IDLE, annotations, activeId: null, notice: null, saving: false, snapToWords: true, setAside: null };
}

export const emptyContent = (label: Label): AnnotationContent => ({ label, rationale: '', evidence: [], confidence: null });

/** The text selection the workspace shows, or keeps to show again once the open form closes. */
export function selectionOf(mode: Mode): SelectedSpan | null {
  switch (mode.kind) {
    case 'idle':
      return null;
    case 'selecting':
      return mode.span;
    case 'drafting':
      // A restored draft was placed by the workspace, not selected by the reader.
      return mode.restoredAt === null ? mode.span : null;
    case 'editing':
      return mode.selection;
    case 'reattaching':
      return mode.span;
  }
}

/** The span a new annotation would go on (`span` if given, else the selection shown), or null: none, or an orphan is being re-attached. */
export function draftSpanFor(mode: Mode, span?: SelectedSpan | null): SelectedSpan | null {
  if (mode.kind === 'reattaching') return null;
  return span === undefined ? selectionOf(mode) : span;
}

const showing = (span: SelectedSpan | null): Mode => (span ? { kind: 'selecting', span } : IDLE);

/** In text order; an annotation already listed is replaced. */
function withAnnotation(annotations: WorkspaceAnnotation[], updated: WorkspaceAnnotation): WorkspaceAnnotation[] {
  return [...annotations.filter((annotation) => annotation.id !== updated.id), updated].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The open form closed (cancelled or saved): back to the selection it was opened over. */
function afterForm(mode: Mode): Mode {
  if (mode.kind === 'drafting' || mode.kind === 'editing') return showing(selectionOf(mode));
  return mode;
}

export function reduceWorkspace(state: WorkspaceState, event: WorkspaceEvent): WorkspaceState {
  const { mode } = state;
  switch (event.type) {
    case 'selected':
      if (mode.kind === 'idle' || mode.kind === 'selecting') return { ...state, mode: showing(event.span) };
      if (mode.kind === 'reattaching') return { ...state, mode: { ...mode, span: event.span } };
      return state;
    case 'draftStarted': {
      const span = draftSpanFor(mode, event.span);
      if (!span) return state;
      const carried = state.setAside?.content;
      return { ...state, mode: { kind: 'drafting', span, initial: carried ? { ...carried, label: event.label } : emptyContent(event.label), restoredAt: null }, setAside: null };
    }
    case 'draftRestored':
      return { ...state, mode: { kind: 'drafting', span: event.span, initial: event.content, restoredAt: event.savedAt }, setAside: null };
    case 'draftSetAside':
      return { ...state, setAside: event.draft };
    case 'restoredDiscarded':
      return { ...state, mode: mode.kind === 'drafting' && mode.restoredAt !== null ? IDLE : mode, setAside: null };
    case 'editStarted':
      return { ...state, mode: { kind: 'editing', annotation: event.annotation, selection: selectionOf(mode) } };
    case 'formClosed':
      return { ...state, mode: afterForm(mode) };
    case 'reattachStarted':
      return {
        ...state,
        mode: { kind: 'reattaching', annotation: event.annotation, span: selectionOf(mode) },
        notice: { kind: 'info', say: 'reattachHint' },
      };
    case 'reattachCancelled':
      return mode.kind === 'reattaching' ? { ...state, mode: showing(mode.span) } : state;
    case 'snapToggled': {
      const snapToWords = !state.snapToWords;
      return { ...state, snapToWords, notice: { kind: 'info', say: snapToWords ? 'snapOn' : 'snapOff' } };
    }
    case 'saveStarted':
      return { ...state, saving: true, mode: mode.kind === 'drafting' || mode.kind === 'editing' ? { ...mode, error: undefined } : mode };
    case 'created':
      return {
        ...state,
        saving: false,
        annotations: withAnnotation(state.annotations, event.annotation),
        activeId: event.annotation.id,
        notice: { kind: 'info', say: 'saved', label: event.annotation.label },
        // The new annotation's highlight replaces the selection it was made on.
        mode: mode.kind === 'drafting' ? IDLE : mode,
      };
    case 'updated':
      return {
        ...state,
        saving: false,
        annotations: withAnnotation(state.annotations, event.annotation),
        notice: { kind: 'info', say: 'updated' },
        mode: mode.kind === 'editing' ? afterForm(mode) : mode,
      };
    case 'saveFailed':
      return {
        ...state,
        saving: false,
        notice: { kind: 'error', message: event.message, reload: event.reload },
        mode: mode.kind === 'drafting' || mode.kind === 'editing' ? { ...mode, error: event.message } : mode,
      };
    case 'deleted':
      return {
        ...state,
        annotations: state.annotations.filter((annotation) => annotation.id !== event.annotation.id),
        notice: { kind: 'info', say: 'deleted', undo: event.annotation },
      };
    case 'undeleted':
      return { ...state, annotations: withAnnotation(state.annotations, event.annotation), notice: { kind: 'info', say: 'restored' } };
    case 'reattached':
      return {
        ...state,
        annotations: withAnnotation(state.annotations, event.annotation),
        notice: { kind: 'info', say: 'reattached' },
        mode: mode.kind === 'reattaching' ? IDLE : mode,
      };
    case 'failed':
      return { ...state, notice: { kind: 'error', message: event.message, reload: event.reload } };
    case 'activated':
      return { ...state, activeId: event.id };
    case 'listLoaded':
      return { ...state, annotations: event.annotations, notice: event.notice };
  }
}
