'use client';
// The reviewer's workspace on an article: select → tag → explain → save,
// with the panel of annotations, undo of the last delete, re-attaching
// orphaned annotations, and submitting the review. The open "New annotation"
// form is kept as a local draft (annotation-draft-store) and offered back after
// a reload, Back or a closed tab.
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AnnotationView, Label } from '@/lib/views/annotation-views';
import type { UserListItem } from '@/lib/views/user-views';
import { type AnnotatorHandle, ArticleAnnotator, type SelectedSpan } from '../editor/article-annotator';
import type { Highlight } from '../editor/highlight-extension';
import { type AnnotationContent, ApiError, annotationClient } from './annotation-client';
import { browserStorage, clearDraft, readDraft, writeDraft } from './annotation-draft-store';
import { AnnotationForm } from './annotation-form';
import { AnnotationPanel } from './annotation-panel';
import { DraftNotice } from './draft-notice';
import { KeyboardHelp } from './keyboard-help';
import { LABEL_NAME } from './labels';
import { SelectionToolbar } from './selection-toolbar';
import { SubmitReviewButton } from './submit-review-button';

type Role = UserListItem['role'];

type Props = {
  article: { id: string; html: string; revision: number };
  /** The signed-in person: drafts are kept under their id, and the texts use their role. */
  viewer: { id: string; role: Role };
  initialAnnotations: AnnotationView[];
  submittedAt: string | null;
  /**
   * Why the viewer's annotations here cannot change (the server refuses every write with 409): their
   * review is submitted and final, or the desk published its verdicts. null: they can annotate.
   */
  frozen: 'submitted' | 'published' | null;
  seesEveryone: boolean;
  canSubmit: boolean;
};

type Draft =
  | { mode: 'create'; start: number; end: number; exact: string; top: number; left: number; initial: AnnotationContent }
  | { mode: 'edit'; annotation: AnnotationView };

type Notice = { kind: 'error' | 'info'; message: string; undo?: AnnotationView; reload?: boolean };

/** A draft found in storage: placed back in its form, or (`stale`) kept aside because the text changed since. */
type Restored = { savedAt: string; stale: { revision: number; exact: string; content: AnnotationContent } | null };

const emptyContent = (label: Label): AnnotationContent => ({ label, rationale: '', evidence: [], confidence: null });

/**
 * Who is offered "Submit review": a reviewer always; an editor or admin only
 * once they have annotations of their own on the article (they see everyone's
 * work anyway, so a submission means something only when they took part).
 */
export function offersSubmitReview(role: Role, mineCount: number): boolean {
  return role === 'reviewer' || mineCount > 0;
}

export function AnnotationWorkspace({ article, viewer, initialAnnotations, submittedAt, frozen, seesEveryone, canSubmit }: Props) {
  const router = useRouter();
  const annotator = useRef<AnnotatorHandle>(null);
  const [annotations, setAnnotations] = useState(initialAnnotations);
  const [selection, setSelection] = useState<SelectedSpan | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [reattaching, setReattaching] = useState<AnnotationView | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [snapToWords, setSnapToWords] = useState(true);
  const [restored, setRestored] = useState<Restored | null>(null);
  const restoreChecked = useRef(false);

  const anchored = useMemo(() => annotations.filter((annotation) => annotation.anchorState !== 'orphaned'), [annotations]);
  const orphaned = useMemo(() => annotations.filter((annotation) => annotation.anchorState === 'orphaned'), [annotations]);
  const highlights = useMemo<Highlight[]>(
    () =>
      anchored.map((annotation) => ({
        id: annotation.id,
        label: annotation.label,
        start: annotation.start,
        end: annotation.end,
        mine: annotation.mine,
        title: `${LABEL_NAME[annotation.label]}${annotation.mine ? '' : `, by ${annotation.author.name}`}: ${annotation.exact.slice(0, 120)}`,
      })),
    [anchored],
  );
  const pending = draft?.mode === 'create' ? { start: draft.start, end: draft.end } : null;

  const replace = (updated: AnnotationView) =>
    setAnnotations((current) => [...current.filter((annotation) => annotation.id !== updated.id), updated].sort((a, b) => a.start - b.start || b.end - a.end));

  const reportError = useCallback((error: unknown) => {
    const message = error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
    setNotice({ kind: 'error', message, reload: error instanceof ApiError && error.status === 409 });
    return message;
  }, []);

  const reload = async () => {
    try {
      setAnnotations(await annotationClient.list(article.id));
      setNotice(null);
      router.refresh();
    } catch (error) {
      reportError(error);
    }
  };

  /**
   * A draft for the span (the editor's own when a label key was pressed), else the selection shown;
   * it carries the content of a restored draft that could not be placed on this revision of the text.
   */
  const startDraft = useCallback(
    (label: Label, span?: SelectedSpan | null) => {
      const chosen = span === undefined ? selection : span;
      if (!chosen || reattaching || frozen) return false;
      setFormError(undefined);
      const carried = restored?.stale?.content;
      setDraft({ mode: 'create', ...chosen, initial: carried ? { ...carried, label } : emptyContent(label) });
      setRestored(null);
      return true;
    },
    [selection, reattaching, restored, frozen],
  );

  const keepDraft = (span: { start: number; end: number; exact: string }, content: AnnotationContent) =>
    writeDraft(browserStorage(), viewer.id, article.id, { savedAt: new Date().toISOString(), revision: article.revision, span: { start: span.start, end: span.end, exact: span.exact }, content });
  const forgetDraft = () => clearDraft(browserStorage(), viewer.id, article.id);

  /** Once the editor can place spans: offer back the draft this person left on this article, if any. */
  const restoreDraft = () => {
    if (restoreChecked.current || frozen) return;
    restoreChecked.current = true;
    const stored = readDraft(browserStorage(), viewer.id, article.id);
    if (!stored) return;
    // Only on the revision it was made on, where the text still reads the same: never moved onto other words.
    const placed = stored.revision === article.revision ? annotator.current?.locate(stored.span) : null;
    if (placed) {
      setDraft({ mode: 'create', ...placed, initial: stored.content });
      setRestored({ savedAt: stored.savedAt, stale: null });
    } else {
      setRestored({ savedAt: stored.savedAt, stale: { revision: stored.revision, exact: stored.span.exact, content: stored.content } });
    }
  };

  const discardRestored = () => {
    forgetDraft();
    if (restored && !restored.stale && draft?.mode === 'create') setDraft(null);
    setRestored(null);
    annotator.current?.focusText();
  };

  const closeDraft = () => {
    if (draft?.mode === 'create') forgetDraft();
    setDraft(null);
    setRestored(null);
    setFormError(undefined);
    annotator.current?.focusText();
  };

  const toggleSnap = () => {
    const next = !snapToWords;
    setSnapToWords(next);
    setNotice({ kind: 'info', message: next ? 'Whole-word snapping on: selections extend to whole words.' : 'Whole-word snapping off: selections are kept exactly as made.' });
    return true;
  };

  const save = async (content: AnnotationContent) => {
    if (!draft) return;
    setSaving(true);
    setFormError(undefined);
    try {
      if (draft.mode === 'create') {
        const created = await annotationClient.create(article.id, { start: draft.start, end: draft.end, exact: draft.exact, revision: article.revision }, content);
        forgetDraft();
        setRestored(null);
        replace(created);
        setActiveId(created.id);
        setNotice({ kind: 'info', message: `Saved as ${LABEL_NAME[created.label].toLowerCase()}.` });
        annotator.current?.clearSelection();
        setSelection(null);
      } else {
        replace(await annotationClient.update(draft.annotation.id, draft.annotation.version, content));
        setNotice({ kind: 'info', message: 'Annotation updated.' });
      }
      setDraft(null);
      annotator.current?.focusText();
    } catch (error) {
      setFormError(reportError(error));
    } finally {
      setSaving(false);
    }
  };

  const remove = async (annotation: AnnotationView) => {
    try {
      await annotationClient.remove(annotation.id, annotation.version);
      setAnnotations((current) => current.filter((candidate) => candidate.id !== annotation.id));
      setNotice({ kind: 'info', message: 'Annotation deleted.', undo: annotation });
    } catch (error) {
      reportError(error);
    }
  };

  const undoDelete = async (annotation: AnnotationView) => {
    try {
      replace(await annotationClient.restore(annotation.id));
      setNotice({ kind: 'info', message: 'Annotation restored.' });
    } catch (error) {
      reportError(error);
    }
  };

  const reattach = async () => {
    if (!reattaching || !selection) return;
    try {
      replace(await annotationClient.reattach(reattaching.id, reattaching.version, selection));
      setReattaching(null);
      setSelection(null);
      annotator.current?.clearSelection();
      setNotice({ kind: 'info', message: 'Annotation re-attached.' });
    } catch (error) {
      reportError(error);
    }
  };

  const activate = (annotation: AnnotationView) => {
    setActiveId(annotation.id);
    annotator.current?.scrollToAnnotation(annotation.id);
  };

  const activateFromText = (id: string) => {
    setActiveId(id);
    const item = document.getElementById(`panel-${id}`);
    item?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    item?.querySelector('button')?.focus();
  };

  const submit = async () => {
    try {
      await annotationClient.submitReview(article.id);
      setAnnotations(await annotationClient.list(article.id));
      setNotice({ kind: 'info', message: 'Review submitted. You now see the other reviewers\' annotations.' });
      router.refresh();
    } catch (error) {
      reportError(error);
    }
  };

  const mineCount = annotations.filter((annotation) => annotation.mine).length;
  const roleName = viewer.role === 'admin' ? 'an admin' : 'an editor';

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      {restored?.stale && (
        <div className="lg:col-span-2">
          <DraftNotice savedAt={restored.savedAt} stale={{ ...restored.stale, currentRevision: article.revision }} onDiscard={discardRestored} />
        </div>
      )}
      <div className="rounded bg-white p-4 shadow-sm sm:p-8">
        {/* Toolbar and form are placed in this box's coordinates, which are the annotator's. */}
        <div className="relative">
          <ArticleAnnotator
            ref={annotator}
            html={article.html}
            highlights={highlights}
            activeId={activeId}
            pending={pending}
            snapToWords={snapToWords}
            onSelect={(span) => setSelection(draft ? selection : span)}
            onActivate={activateFromText}
            onLabelKey={startDraft}
            onToggleSnap={toggleSnap}
            onReady={restoreDraft}
            onEscape={() => {
              if (draft) closeDraft();
              else if (reattaching) setReattaching(null);
              else annotator.current?.clearSelection();
              return true;
            }}
          />
          {selection && !draft && !frozen && (
            <SelectionToolbar
              top={selection.top}
              left={selection.left}
              reattaching={reattaching !== null}
              snapToWords={snapToWords}
              onLabel={startDraft}
              onReattach={reattach}
              onCancel={() => setReattaching(null)}
              onToggleSnap={toggleSnap}
            />
          )}
          {draft?.mode === 'create' && (
            // 30rem wide where there is room; on a narrow screen the full width of the text, never beyond it.
            <div className="absolute z-30 w-[30rem] max-w-full" style={{ top: draft.top, left: `max(0px, min(${Math.min(draft.left, 170)}px, 100% - 30rem))` }}>
              <AnnotationForm
                key={`${draft.start}-${draft.end}-${draft.initial.label}`}
                heading="New annotation"
                quote={draft.exact}
                initial={draft.initial}
                saving={saving}
                error={formError}
                notice={restored && !restored.stale ? <DraftNotice savedAt={restored.savedAt} onDiscard={discardRestored} /> : undefined}
                onSave={save}
                onCancel={closeDraft}
                onChange={(content) => keepDraft(draft, content)}
              />
            </div>
          )}
        </div>
      </div>

      <aside aria-label="Annotations" className="space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-auto">
        <div aria-live="polite">
          {notice && (
            <div role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900' : 'rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900'}>
              {notice.message}
              {notice.undo && (
                <button type="button" onClick={() => undoDelete(notice.undo!)} className="ml-2 font-medium underline">Undo</button>
              )}
              {notice.reload && (
                <button type="button" onClick={reload} className="ml-2 font-medium underline">Reload annotations</button>
              )}
            </div>
          )}
        </div>
        <section aria-labelledby="review-heading" className="space-y-2 rounded border border-stone-300 bg-stone-50 p-3 text-sm">
          <h2 id="review-heading" className="font-semibold">Your review</h2>
          {frozen === 'published' ? (
            <p>The desk has published its verdicts on this article. Its annotations are frozen until an editor reopens it.</p>
          ) : submittedAt ? (
            <p>
              Submitted {new Date(submittedAt).toUTCString().slice(5, 22)} UTC. You see every reviewer&apos;s annotations. Your review is final:
              your annotations here can no longer change. If you need to correct one, ask an editor to reopen your review.
            </p>
          ) : seesEveryone ? (
            <p>
              As {roleName} you see every reviewer&apos;s annotations.
              {mineCount === 0 && ' Annotations you make here count as a review of your own, which you can then submit.'}
            </p>
          ) : (
            <p>Blind review: you see only your own annotations until you submit.</p>
          )}
          {canSubmit && !submittedAt && !frozen && offersSubmitReview(viewer.role, mineCount) && <SubmitReviewButton count={mineCount} onConfirm={submit} />}
        </section>
        <KeyboardHelp snapToWords={snapToWords} />
        {orphaned.length > 0 && (
          <section aria-labelledby="orphaned-heading" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
            <h2 id="orphaned-heading" className="font-semibold">Needs re-attaching ({orphaned.length})</h2>
            <p>The article was revised and these passages could not be found with confidence.</p>
            <ul className="space-y-2">
              {orphaned.map((annotation) => (
                <li key={annotation.id}>
                  <span className="font-medium">{LABEL_NAME[annotation.label]}</span>
                  {!annotation.mine && <span className="text-stone-600"> by {annotation.author.name}</span>}: <q>{annotation.exact}</q>
                  {annotation.mine && !frozen && (
                    <button
                      type="button"
                      onClick={() => {
                        setReattaching(annotation);
                        setNotice({ kind: 'info', message: 'Select the passage this annotation belongs to, then choose "Re-attach here".' });
                        annotator.current?.focusText();
                      }}
                      className="ml-2 text-blue-900 underline"
                    >
                      Re-attach
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {draft?.mode === 'edit' && (
          <AnnotationForm heading="Edit annotation" quote={draft.annotation.exact} initial={draft.annotation} saving={saving} error={formError} onSave={save} onCancel={closeDraft} />
        )}
        <section aria-labelledby="list-heading">
          <h2 id="list-heading" className="mb-2 font-semibold">Annotations ({anchored.length})</h2>
          <AnnotationPanel
            annotations={anchored}
            editable={!frozen}
            activeId={activeId}
            busyId={saving ? (draft?.mode === 'edit' ? draft.annotation.id : null) : null}
            onActivate={activate}
            onEdit={(annotation) => {
              setFormError(undefined);
              setDraft({ mode: 'edit', annotation });
            }}
            onDelete={remove}
          />
        </section>
      </aside>
    </div>
  );
}
