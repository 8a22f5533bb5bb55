// The workspace's modes and what each event does to them: which form is open,
// which selection shows its toolbar, and what the notice says.
import { describe, expect, it } from 'vitest';
import type { AnnotationView } from '@/lib/views/annotation-views';
import type { SelectedSpan } from '../editor/article-annotator';
import type { AnnotationContent } from './annotation-client';
import { type Mode, type WorkspaceEvent, type WorkspaceState, draftSpanFor, initialWorkspaceState, reduceWorkspace, selectionOf } from './workspace-state';

const span = (start: number, end: number): SelectedSpan => ({ start, end, exact: `text ${start}-${end}`, top: 10, left: 20 });
const SPAN = span(4, 18);
const OTHER = span(30, 42);

function annotation(id: string, start: number, end: number, overrides: Partial<AnnotationView> = {}): AnnotationView {
  return { id, start, end, exact: `text ${start}-${end}`, label: 'claim', mine: true, version: 1, anchorState: 'anchored', rationale: '', evidence: [], confidence: null, ...overrides } as AnnotationView;
}

const CONTENT: AnnotationContent = { label: 'unsupported', rationale: 'Which source?', evidence: [{ url: 'https://example.org/a' }], confidence: 'high' };
const A = annotation('a', 0, 10);
const B = annotation('b', 20, 30);

/** The state after `events`, from a workspace listing `annotations`. */
function after(events: WorkspaceEvent[], annotations: AnnotationView[] = [A, B]): WorkspaceState {
  return events.reduce(reduceWorkspace, initialWorkspaceState(annotations));
}

describe('the annotation workspace state', () => {
  it('starts idle, with snapping on and nothing active or announced', () => {
    expect(initialWorkspaceState([A])).toEqual({ mode: { kind: 'idle' }, annotations: [A], activeId: null, notice: null, saving: false, snapToWords: true, setAside: null });
  });

  it('follows the selection while nothing else is going on', () => {
    expect(after([{ type: 'selected', span: SPAN }]).mode).toEqual({ kind: 'selecting', span: SPAN });
    expect(after([{ type: 'selected', span: SPAN }, { type: 'selected', span: OTHER }]).mode).toEqual({ kind: 'selecting', span: OTHER });
    expect(after([{ type: 'selected', span: SPAN }, { type: 'selected', span: null }]).mode).toEqual({ kind: 'idle' });
  });

  describe('a new annotation', () => {
    it('opens on the selection shown, or on the span a label key came with', () => {
      expect(after([{ type: 'selected', span: SPAN }, { type: 'draftStarted', label: 'opinion' }]).mode).toEqual({
        kind: 'drafting',
        span: SPAN,
        initial: { label: 'opinion', rationale: '', evidence: [], confidence: null },
        restoredAt: null,
      });
      // The editor's selection at the key press wins over a selection reported a render earlier.
      expect(after([{ type: 'selected', span: SPAN }, { type: 'draftStarted', label: 'claim', span: OTHER }]).mode).toMatchObject({ kind: 'drafting', span: OTHER });
      expect(after([{ type: 'draftStarted', label: 'claim', span: OTHER }]).mode).toMatchObject({ kind: 'drafting', span: OTHER });
    });

    it('does not open without a span', () => {
      const idle = after([]);
      expect(after([{ type: 'draftStarted', label: 'claim' }])).toEqual(idle);
      expect(after([{ type: 'selected', span: SPAN }, { type: 'draftStarted', label: 'claim', span: null }]).mode).toEqual({ kind: 'selecting', span: SPAN });
      expect(draftSpanFor({ kind: 'idle' })).toBeNull();
      expect(draftSpanFor({ kind: 'selecting', span: SPAN })).toBe(SPAN);
    });

    it('keeps its passage while the form is open: later selections are not followed', () => {
      const state = after([{ type: 'selected', span: SPAN }, { type: 'draftStarted', label: 'claim' }, { type: 'selected', span: OTHER }, { type: 'selected', span: null }]);
      expect(state.mode).toMatchObject({ kind: 'drafting', span: SPAN });
    });

    it('closed with Cancel or Escape, shows its selection again', () => {
      expect(after([{ type: 'selected', span: SPAN }, { type: 'draftStarted', label: 'claim' }, { type: 'formClosed' }]).mode).toEqual({ kind: 'selecting', span: SPAN });
    });

    it('saved: listed in text order, active, announced, and the selection is gone', () => {
      const created = annotation('c', 12, 18, { label: 'opinion' });
      const state = after([{ type: 'selected', span: SPAN }, { type: 'draftStarted', label: 'opinion' }, { type: 'saveStarted' }, { type: 'created', annotation: created }]);
      expect(state.mode).toEqual({ kind: 'idle' });
      expect(state.saving).toBe(false);
      expect(state.annotations.map((item) => item.id)).toEqual(['a', 'c', 'b']);
      expect(state.activeId).toBe('c');
      expect(state.notice).toEqual({ kind: 'info', say: 'saved', label: 'opinion' });
    });

    it('failing to save: the form stays open with the message, and the notice offers a reload on a conflict', () => {
      const failed = after([{ type: 'selected', span: SPAN }, { type: 'draftStarted', label: 'claim' }, { type: 'saveStarted' }, { type: 'saveFailed', message: 'The article was revised.', reload: true }]);
      expect(failed.saving).toBe(false);
      expect(failed.mode).toMatchObject({ kind: 'drafting', span: SPAN, error: 'The article was revised.' });
      expect(failed.notice).toEqual({ kind: 'error', message: 'The article was revised.', reload: true });
      const retried = reduceWorkspace(failed, { type: 'saveStarted' });
      expect(retried.saving).toBe(true);
      expect(retried.mode).toMatchObject({ kind: 'drafting', error: undefined });
      // Reopening the form starts without the old error.
      expect(after([{ type: 'selected', span: SPAN }, { type: 'draftStarted', label: 'claim' }, { type: 'saveFailed', message: 'No.', reload: false }, { type: 'draftStarted', label: 'opinion', span: SPAN }]).mode).not.toHaveProperty('error');
    });
  });

  describe('a draft from the local store', () => {
    const restored: WorkspaceEvent = { type: 'draftRestored', span: SPAN, content: CONTENT, savedAt: '2025-11-20T09:58:00.000Z' };

    it('placed back on its passage opens the form with its content and when it was saved', () => {
      expect(after([restored]).mode).toEqual({ kind: 'drafting', span: SPAN, initial: CONTENT, restoredAt: '2025-11-20T09:58:00.000Z' });
    });

    it('closed or discarded, leaves no selection behind (the reader never selected it)', () => {
      expect(after([restored, { type: 'formClosed' }]).mode).toEqual({ kind: 'idle' });
      expect(after([restored, { type: 'restoredDiscarded' }]).mode).toEqual({ kind: 'idle' });
      expect(selectionOf(after([restored]).mode)).toBeNull();
    });

    it('Discard on a form the reader opened themselves does not close it', () => {
      const drafting = after([{ type: 'selected', span: SPAN }, { type: 'draftStarted', label: 'claim' }]);
      expect(reduceWorkspace(drafting, { type: 'restoredDiscarded' }).mode).toEqual(drafting.mode);
    });

    it('set aside (the text changed) is announced until discarded, or carried into the next new annotation with the label chosen then', () => {
      const setAside = { savedAt: '2025-11-20T09:58:00.000Z', revision: 1, exact: 'old words', content: CONTENT };
      const announced = after([{ type: 'draftSetAside', draft: setAside }]);
      expect(announced.setAside).toEqual(setAside);
      expect(announced.mode).toEqual({ kind: 'idle' });
      expect(reduceWorkspace(announced, { type: 'restoredDiscarded' }).setAside).toBeNull();

      const carried = after([{ type: 'draftSetAside', draft: setAside }, { type: 'selected', span: OTHER }, { type: 'draftStarted', label: 'claim' }]);
      expect(carried.setAside).toBeNull();
      expect(carried.mode).toEqual({ kind: 'drafting', span: OTHER, initial: { ...CONTENT, label: 'claim' }, restoredAt: null });
      // Only once: the next new annotation starts empty.
      const next = after([{ type: 'draftSetAside', draft: setAside }, { type: 'draftStarted', label: 'claim', span: OTHER }, { type: 'formClosed' }, { type: 'draftStarted', label: 'opinion' }]);
      expect(next.mode).toMatchObject({ kind: 'drafting', initial: { label: 'opinion', rationale: '', evidence: [], confidence: null } });
    });

    it('set aside stays announced while an annotation is edited', () => {
      const setAside = { savedAt: '2025-11-20T09:58:00.000Z', revision: 1, exact: 'old words', content: CONTENT };
      expect(after([{ type: 'draftSetAside', draft: setAside }, { type: 'editStarted', annotation: A }, { type: 'formClosed' }]).setAside).toEqual(setAside);
    });
  });

  describe('editing', () => {
    it('opens on the annotation, and the selection it was opened over shows again when it closes or saves', () => {
      const editing = after([{ type: 'selected', span: SPAN }, { type: 'editStarted', annotation: B }]);
      expect(editing.mode).toEqual({ kind: 'editing', annotation: B, selection: SPAN });
      expect(reduceWorkspace(editing, { type: 'formClosed' }).mode).toEqual({ kind: 'selecting', span: SPAN });
      const updated = { ...B, label: 'unsupported' as const, version: 2 };
      const saved = ([{ type: 'saveStarted' }, { type: 'updated', annotation: updated }] satisfies WorkspaceEvent[]).reduce(reduceWorkspace, editing);
      expect(saved.mode).toEqual({ kind: 'selecting', span: SPAN });
      expect(saved.annotations).toEqual([A, updated]);
      expect(saved.notice).toEqual({ kind: 'info', say: 'updated' });
      expect(saved.saving).toBe(false);
    });

    it('from nothing selected, closes to nothing selected', () => {
      expect(after([{ type: 'editStarted', annotation: A }, { type: 'formClosed' }]).mode).toEqual({ kind: 'idle' });
    });

    it('replaces an open New-annotation form, and a label key replaces the Edit form', () => {
      const editing = after([{ type: 'selected', span: SPAN }, { type: 'draftStarted', label: 'claim' }, { type: 'editStarted', annotation: A }]);
      expect(editing.mode).toEqual({ kind: 'editing', annotation: A, selection: SPAN });
      expect(reduceWorkspace(editing, { type: 'draftStarted', label: 'opinion', span: OTHER }).mode).toMatchObject({ kind: 'drafting', span: OTHER });
    });
  });

  describe('re-attaching an orphan', () => {
    const orphan = annotation('o', 50, 60, { anchorState: 'orphaned' });

    it('asks for a passage, then offers "Re-attach here" on the selection, and no labels', () => {
      const waiting = after([{ type: 'reattachStarted', annotation: orphan }], [A, orphan]);
      expect(waiting.mode).toEqual({ kind: 'reattaching', annotation: orphan, span: null });
      expect(waiting.notice).toEqual({ kind: 'info', say: 'reattachHint' });
      const chosen = reduceWorkspace(waiting, { type: 'selected', span: SPAN });
      expect(chosen.mode).toEqual({ kind: 'reattaching', annotation: orphan, span: SPAN });
      expect(draftSpanFor(chosen.mode, SPAN)).toBeNull();
      expect(reduceWorkspace(chosen, { type: 'draftStarted', label: 'claim', span: SPAN })).toBe(chosen);
    });

    it('takes a selection already made', () => {
      expect(after([{ type: 'selected', span: SPAN }, { type: 'reattachStarted', annotation: orphan }]).mode).toEqual({ kind: 'reattaching', annotation: orphan, span: SPAN });
    });

    it('cancelled, gives the selection back to the labels', () => {
      expect(after([{ type: 'reattachStarted', annotation: orphan }, { type: 'selected', span: SPAN }, { type: 'reattachCancelled' }]).mode).toEqual({ kind: 'selecting', span: SPAN });
      expect(after([{ type: 'reattachStarted', annotation: orphan }, { type: 'reattachCancelled' }]).mode).toEqual({ kind: 'idle' });
    });

    it('done: the annotation is anchored again, in text order, and announced', () => {
      const reattached = { ...orphan, start: 12, end: 18, anchorState: 'anchored' as const, version: 2 };
      const state = after([{ type: 'reattachStarted', annotation: orphan }, { type: 'selected', span: SPAN }, { type: 'reattached', annotation: reattached }], [A, B, orphan]);
      expect(state.mode).toEqual({ kind: 'idle' });
      expect(state.annotations).toEqual([A, reattached, B]);
      expect(state.notice).toEqual({ kind: 'info', say: 'reattached' });
    });

    it('a failed request leaves the re-attachment waiting, with the error', () => {
      const state = after([{ type: 'reattachStarted', annotation: orphan }, { type: 'selected', span: SPAN }, { type: 'failed', message: 'Refused.', reload: false }], [orphan]);
      expect(state.mode).toEqual({ kind: 'reattaching', annotation: orphan, span: SPAN });
      expect(state.notice).toEqual({ kind: 'error', message: 'Refused.', reload: false });
    });
  });

  it('deleting offers Undo with the annotation; Undo puts it back in text order', () => {
    const deleted = after([{ type: 'deleted', annotation: A }]);
    expect(deleted.annotations).toEqual([B]);
    expect(deleted.notice).toEqual({ kind: 'info', say: 'deleted', undo: A });
    const undone = reduceWorkspace(deleted, { type: 'undeleted', annotation: A });
    expect(undone.annotations).toEqual([A, B]);
    expect(undone.notice).toEqual({ kind: 'info', say: 'restored' });
  });

  it('W switches whole-word snapping and says which way, whatever the mode', () => {
    const modes: Mode[] = [after([]).mode, after([{ type: 'selected', span: SPAN }]).mode, after([{ type: 'editStarted', annotation: A }]).mode];
    for (const mode of modes) {
      const off = reduceWorkspace({ ...initialWorkspaceState([]), mode }, { type: 'snapToggled' });
      expect(off).toMatchObject({ mode, snapToWords: false, notice: { kind: 'info', say: 'snapOff' } });
      expect(reduceWorkspace(off, { type: 'snapToggled' })).toMatchObject({ mode, snapToWords: true, notice: { kind: 'info', say: 'snapOn' } });
    }
  });

  it('activating an annotation (in the text or the panel) marks it, and leaves the mode alone', () => {
    const state = after([{ type: 'selected', span: SPAN }, { type: 'activated', id: 'b' }]);
    expect(state.activeId).toBe('b');
    expect(state.mode).toEqual({ kind: 'selecting', span: SPAN });
  });

  it('a reloaded list replaces the annotations and the notice', () => {
    const state = after([{ type: 'deleted', annotation: A }, { type: 'listLoaded', annotations: [B, annotation('z', 90, 99)], notice: null }]);
    expect(state.annotations.map((item) => item.id)).toEqual(['b', 'z']);
    expect(state.notice).toBeNull();
  });
});
