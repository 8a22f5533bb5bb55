'use client';
// The reviewer's workspace on an article: select → tag → explain → save,
// with the panel of annotations, undo of the last delete, re-attaching
// orphaned annotations, and submitting the review.
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AnnotationView, Label } from '@/lib/views/annotation-views';
import { type AnnotatorHandle, ArticleAnnotator, type SelectedSpan } from '../editor/article-annotator';
import type { Highlight } from '../editor/highlight-extension';
import { type AnnotationContent, ApiError, annotationClient } from './annotation-client';
import { AnnotationForm } from './annotation-form';
import { AnnotationPanel } from './annotation-panel';
import { LABEL_NAME } from './labels';
import { SelectionToolbar } from './selection-toolbar';
import { SubmitReviewButton } from './submit-review-button';

type Props = {
  article: { id: string; html: string; revision: number };
  initialAnnotations: AnnotationView[];
  submittedAt: string | null;
  seesEveryone: boolean;
  canSubmit: boolean;
};

type Draft =
  | { mode: 'create'; label: Label; start: number; end: number; exact: string; top: number; left: number }
  | { mode: 'edit'; annotation: AnnotationView };

type Notice = { kind: 'error' | 'info'; message: string; undo?: AnnotationView; reload?: boolean };

export function AnnotationWorkspace({ article, initialAnnotations, submittedAt, seesEveryone, canSubmit }: Props) {
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

  /** A draft for the span (the editor's own when a label key was pressed), else the selection shown. */
  const startDraft = useCallback(
    (label: Label, span?: SelectedSpan | null) => {
      const chosen = span === undefined ? selection : span;
      if (!chosen || reattaching) return false;
      setFormError(undefined);
      setDraft({ mode: 'create', label, ...chosen });
      return true;
    },
    [selection, reattaching],
  );

  const closeDraft = () => {
    setDraft(null);
    setFormError(undefined);
    annotator.current?.focusText();
  };

  const save = async (content: AnnotationContent) => {
    if (!draft) return;
    setSaving(true);
    setFormError(undefined);
    try {
      if (draft.mode === 'create') {
        const created = await annotationClient.create(article.id, { start: draft.start, end: draft.end, exact: draft.exact, revision: article.revision }, content);
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

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="relative rounded bg-white p-8 shadow-sm">
        <ArticleAnnotator
          ref={annotator}
          html={article.html}
          highlights={highlights}
          activeId={activeId}
          pending={pending}
          onSelect={(span) => setSelection(draft ? selection : span)}
          onActivate={activateFromText}
          onLabelKey={startDraft}
          onEscape={() => {
            if (draft) closeDraft();
            else if (reattaching) setReattaching(null);
            else annotator.current?.clearSelection();
            return true;
          }}
        />
        {selection && !draft && <SelectionToolbar top={selection.top + 32} left={selection.left + 32} reattaching={reattaching !== null} onLabel={startDraft} onReattach={reattach} onCancel={() => setReattaching(null)} />}
        {draft?.mode === 'create' && (
          <div className="absolute z-30 w-[30rem] max-w-full" style={{ top: draft.top + 32, left: Math.min(draft.left + 32, 200) }}>
            <AnnotationForm
              heading="New annotation"
              quote={draft.exact}
              initial={{ label: draft.label, rationale: '', evidence: [], confidence: null }}
              saving={saving}
              error={formError}
              onSave={save}
              onCancel={closeDraft}
            />
          </div>
        )}
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
          {submittedAt ? (
            <p>Submitted {new Date(submittedAt).toUTCString().slice(5, 22)} UTC. You see every reviewer&apos;s annotations; your later edits are recorded.</p>
          ) : seesEveryone ? (
            <p>As an editor you see every reviewer&apos;s annotations.</p>
          ) : (
            <p>Blind review: you see only your own annotations until you submit.</p>
          )}
          {canSubmit && !submittedAt && <SubmitReviewButton count={mineCount} onConfirm={submit} />}
        </section>
        {orphaned.length > 0 && (
          <section aria-labelledby="orphaned-heading" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
            <h2 id="orphaned-heading" className="font-semibold">Needs re-attaching ({orphaned.length})</h2>
            <p>The article was revised and these passages could not be found with confidence.</p>
            <ul className="space-y-2">
              {orphaned.map((annotation) => (
                <li key={annotation.id}>
                  <span className="font-medium">{LABEL_NAME[annotation.label]}</span>
                  {!annotation.mine && <span className="text-stone-600"> by {annotation.author.name}</span>}: <q>{annotation.exact}</q>
                  {annotation.mine && (
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
