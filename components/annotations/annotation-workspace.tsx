'use client';
// The reviewer's workspace on an article: select → tag → explain → save,
// with the panel of annotations, undo of the last delete, re-attaching
// orphaned annotations, and submitting the review. The open "New annotation"
// form is kept as a local draft (annotation-draft-store) and offered back after
// a reload, Back or a closed tab. What the reader is doing is one state
// (workspace-state: a reducer over a discriminated mode); this component makes
// the requests, keeps the local draft and moves focus, and reports each outcome.
import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { useMemo, useReducer, useRef, useState } from 'react';
import type { Label, WorkspaceAnnotation } from '@/lib/views/annotation-views';
import type { UserListItem } from '@/lib/views/user-views';
import { type AnnotatorHandle, ArticleAnnotator, type SelectedSpan } from '../editor/article-annotator';
import { type Highlight, type SearchMarks, highlightWords } from '../editor/highlight-extension';
import { type ShortcutGroup, useShortcuts } from '../layout/shortcut-sheet';
import { type AnnotationContent, ApiError, annotationClient } from './annotation-client';
import { browserStorage, clearDraft, readDraft, writeDraft } from './annotation-draft-store';
import { AnnotationForm } from './annotation-form';
import { AnnotationPanel, type AnnotationPanelHandle } from './annotation-panel';
import { ArticleSearch } from './article-search';
import { DraftNotice } from './draft-notice';
import { KeyboardHelp } from './keyboard-help';
import { LABEL_KEY } from './labels';
import { OrphanList } from './orphan-list';
import { PanelFilters } from './panel-filters';
import { filterAnnotations, isFiltering, NO_FILTER, type PanelFilter, reviewerChoices } from './panel-filter';
import { ReviewStatus } from './review-status';
import { SelectionToolbar } from './selection-toolbar';
import { WorkspaceNotice } from './workspace-notice';
import { draftSpanFor, initialWorkspaceState, reduceWorkspace } from './workspace-state';
import { SignalsQuestionnaire } from '../signals/signals-questionnaire';
import { truncateText } from '../consensus/format-figures';
import { LABELS, type TextDirection } from '@/lib/vocabulary';

type Props = {
  /** `text` is the canonical text the offsets count in: search within the article runs on it. */
  article: { id: string; html: string; text: string; revision: number; language: string; direction: TextDirection };
  /** The signed-in person: drafts are kept under their id, and the texts use their role. */
  viewer: { id: string; role: UserListItem['role'] };
  initialAnnotations: WorkspaceAnnotation[];
  submittedAt: string | null;
  /** The guidelines version of the viewer's submitted review (null: not submitted). */
  submittedGuidelinesVersion?: number | null;
  /**
   * Why the viewer's annotations here cannot change (the server refuses every write with 409): their
   * review is submitted and final, or the desk published its verdicts. null: they can annotate.
   */
  frozen: 'submitted' | 'published' | null;
  seesEveryone: boolean;
  /** Whether the viewer may see other people's annotations here (the desk, or a reviewer who submitted): only then can the panel filter by reviewer. */
  seesOthers?: boolean;
  canSubmit: boolean;
};

type Translator = ReturnType<typeof useTranslations<'annotations'>>;

const articleShortcuts = (t: Translator): ShortcutGroup => ({
  title: t('shortcuts.title'),
  keys: [
    [t('shortcuts.shiftArrows'), t('shortcuts.select')],
    ...LABELS.map((label) => [LABEL_KEY[label], t('shortcuts.tag', { label })] as const),
    ['W', t('shortcuts.snap')],
    ['/', t('shortcuts.search')],
    ['Enter / Shift + Enter', t('shortcuts.searchKeys')],
    ['Escape', t('shortcuts.escape')],
  ],
});

/** No search before and none now (the search box reports its empty start): nothing to redraw. */
function sameSearchMarks(a: SearchMarks, b: SearchMarks): boolean {
  return a === b || (a.matches.length === 0 && b.matches.length === 0 && a.current === b.current);
}

export function AnnotationWorkspace({ article, viewer, initialAnnotations, submittedAt, submittedGuidelinesVersion = null, frozen, seesEveryone, seesOthers = seesEveryone, canSubmit }: Props) {
  const t = useTranslations('annotations');
  const editorWords = useTranslations('editor');
  const common = useTranslations('common');
  const locale = useLocale();
  useShortcuts(useMemo(() => articleShortcuts(t), [t]));
  const words = useMemo(() => highlightWords(editorWords, common), [editorWords, common]);
  /** The server's message (a conflict, 409, also offers to reload), or a generic one. */
  const failure = (error: unknown): { message: string; reload: boolean } =>
    error instanceof ApiError ? { message: error.message, reload: error.status === 409 } : { message: t('workspace.failed'), reload: false };
  const router = useRouter();
  const annotator = useRef<AnnotatorHandle>(null);
  const panel = useRef<AnnotationPanelHandle>(null);
  const [state, dispatch] = useReducer(reduceWorkspace, initialAnnotations, initialWorkspaceState);
  const { mode, annotations, setAside } = state;
  const restoreChecked = useRef(false);
  const [searchMarks, setSearchMarks] = useState<SearchMarks>({ matches: [], current: null });
  const [filter, setFilter] = useState<PanelFilter>(NO_FILTER);

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
        title: annotation.mine
          ? editorWords('highlight.title', { label: common(`label.${annotation.label}`), quote: truncateText(annotation.exact, 120) })
          : editorWords('highlight.titleOther', { label: common(`label.${annotation.label}`), author: annotation.author.name, quote: truncateText(annotation.exact, 120) }),
      })),
    [anchored, editorWords, common],
  );
  const reviewers = useMemo(() => reviewerChoices(anchored, seesOthers, locale), [anchored, seesOthers, locale]);
  // A reviewer filter is only ever applied where reviewers can be chosen.
  const shown = useMemo(() => filterAnnotations(anchored, reviewers.length > 0 ? filter : { ...filter, reviewer: 'all' }), [anchored, filter, reviewers]);
  // Kept while the span stays the same, so that re-rendering the form does not redraw the text's highlights.
  const pendingStart = mode.kind === 'drafting' ? mode.span.start : null;
  const pendingEnd = mode.kind === 'drafting' ? mode.span.end : null;
  const pending = useMemo(() => (pendingStart !== null && pendingEnd !== null ? { start: pendingStart, end: pendingEnd } : null), [pendingStart, pendingEnd]);
  const toolbarSpan = mode.kind === 'selecting' || mode.kind === 'reattaching' ? mode.span : null;

  const reload = async () => {
    try {
      dispatch({ type: 'listLoaded', annotations: await annotationClient.list(article.id), notice: null });
      router.refresh();
    } catch (error) {
      dispatch({ type: 'failed', ...failure(error) });
    }
  };

  /**
   * A draft for the span (the editor's own when a label key was pressed), else the selection shown;
   * it carries the content of a restored draft that could not be placed on this revision of the text.
   */
  const startDraft = (label: Label, span?: SelectedSpan | null) => {
    if (frozen || !draftSpanFor(mode, span)) return false;
    dispatch({ type: 'draftStarted', label, span });
    return true;
  };

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
    if (placed) dispatch({ type: 'draftRestored', span: placed, content: stored.content, savedAt: stored.savedAt });
    else dispatch({ type: 'draftSetAside', draft: { savedAt: stored.savedAt, revision: stored.revision, exact: stored.span.exact, content: stored.content } });
  };

  const discardRestored = () => {
    forgetDraft();
    dispatch({ type: 'restoredDiscarded' });
    annotator.current?.focusText();
  };

  const closeForm = () => {
    if (mode.kind === 'drafting') forgetDraft();
    dispatch({ type: 'formClosed' });
    annotator.current?.focusText();
  };

  const toggleSnap = () => {
    dispatch({ type: 'snapToggled' });
    return true;
  };

  const save = async (content: AnnotationContent) => {
    if (mode.kind !== 'drafting' && mode.kind !== 'editing') return;
    dispatch({ type: 'saveStarted' });
    try {
      if (mode.kind === 'drafting') {
        const created = await annotationClient.create(article.id, { start: mode.span.start, end: mode.span.end, exact: mode.span.exact, revision: article.revision }, content);
        forgetDraft();
        dispatch({ type: 'created', annotation: created });
        annotator.current?.clearSelection();
      } else {
        dispatch({ type: 'updated', annotation: await annotationClient.update(mode.annotation.id, mode.annotation.version, content) });
      }
      annotator.current?.focusText();
    } catch (error) {
      dispatch({ type: 'saveFailed', ...failure(error) });
    }
  };

  const remove = async (annotation: WorkspaceAnnotation) => {
    try {
      await annotationClient.remove(annotation.id, annotation.version);
      dispatch({ type: 'deleted', annotation });
    } catch (error) {
      dispatch({ type: 'failed', ...failure(error) });
    }
  };

  const undoDelete = async (annotation: WorkspaceAnnotation) => {
    try {
      dispatch({ type: 'undeleted', annotation: await annotationClient.restore(annotation.id) });
    } catch (error) {
      dispatch({ type: 'failed', ...failure(error) });
    }
  };

  const reattach = async () => {
    if (mode.kind !== 'reattaching' || !mode.span) return;
    try {
      dispatch({ type: 'reattached', annotation: await annotationClient.reattach(mode.annotation.id, mode.annotation.version, mode.span) });
      annotator.current?.clearSelection();
    } catch (error) {
      dispatch({ type: 'failed', ...failure(error) });
    }
  };

  const submit = async () => {
    try {
      await annotationClient.submitReview(article.id);
      const list = await annotationClient.list(article.id);
      dispatch({ type: 'listLoaded', annotations: list, notice: { kind: 'info', say: 'submitted' } });
      router.refresh();
    } catch (error) {
      dispatch({ type: 'failed', ...failure(error) });
    }
  };

  const mineCount = annotations.filter((annotation) => annotation.mine).length;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      {setAside && (
        <div className="lg:col-span-2">
          <DraftNotice savedAt={setAside.savedAt} stale={{ revision: setAside.revision, exact: setAside.exact, currentRevision: article.revision }} onDiscard={discardRestored} />
        </div>
      )}
      <div className="rounded bg-white p-4 shadow-sm sm:p-8">
        <ArticleSearch text={article.text} onChange={(marks) => setSearchMarks((shown) => (sameSearchMarks(shown, marks) ? shown : marks))} />
        {/* Toolbar and form are placed in this box's coordinates, which are the annotator's. */}
        <div className="relative">
          <ArticleAnnotator
            ref={annotator}
            html={article.html}
            highlights={highlights}
            activeId={state.activeId}
            pending={pending}
            search={searchMarks}
            snapToWords={state.snapToWords}
            language={article.language}
            direction={article.direction}
            words={words}
            onSelect={(span) => dispatch({ type: 'selected', span })}
            onActivate={(id) => {
              dispatch({ type: 'activated', id });
              panel.current?.showItem(id);
            }}
            onLabelKey={startDraft}
            onToggleSnap={toggleSnap}
            onReady={restoreDraft}
            onEscape={() => {
              if (mode.kind === 'drafting' || mode.kind === 'editing') closeForm();
              else if (mode.kind === 'reattaching') dispatch({ type: 'reattachCancelled' });
              else annotator.current?.clearSelection();
              return true;
            }}
          />
          {toolbarSpan && !frozen && (
            <SelectionToolbar
              top={toolbarSpan.top}
              left={toolbarSpan.left}
              reattaching={mode.kind === 'reattaching'}
              snapToWords={state.snapToWords}
              onLabel={startDraft}
              onReattach={reattach}
              onCancel={() => dispatch({ type: 'reattachCancelled' })}
              onToggleSnap={toggleSnap}
            />
          )}
          {mode.kind === 'drafting' && (
            // 30rem wide where there is room; on a narrow screen the full width of the text, never beyond it.
            <div className="absolute z-30 w-[30rem] max-w-full" style={{ top: mode.span.top, left: `max(0px, min(${Math.min(mode.span.left, 170)}px, 100% - 30rem))` }}>
              <AnnotationForm
                key={`${mode.span.start}-${mode.span.end}-${mode.initial.label}`}
                heading={t('workspace.newHeading')}
                quote={mode.span.exact}
                initial={mode.initial}
                saving={state.saving}
                error={mode.error}
                notice={mode.restoredAt !== null ? <DraftNotice savedAt={mode.restoredAt} onDiscard={discardRestored} /> : undefined}
                onSave={save}
                onCancel={closeForm}
                onChange={(content) => keepDraft(mode.span, content)}
              />
            </div>
          )}
        </div>
      </div>

      <aside aria-label={t('workspace.panel')} className="space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-auto">
        <WorkspaceNotice notice={state.notice} onUndo={undoDelete} onReload={reload} />
        <ReviewStatus role={viewer.role} mineCount={mineCount} submittedAt={submittedAt} submittedGuidelinesVersion={submittedGuidelinesVersion} frozen={frozen} seesEveryone={seesEveryone} canSubmit={canSubmit} onSubmit={submit} />
        <SignalsQuestionnaire articleId={article.id} frozen={frozen !== null} />
        <KeyboardHelp snapToWords={state.snapToWords} />
        <OrphanList
          orphaned={orphaned}
          editable={!frozen}
          onReattach={(annotation) => {
            dispatch({ type: 'reattachStarted', annotation });
            annotator.current?.focusText();
          }}
        />
        {mode.kind === 'editing' && (
          <AnnotationForm heading={t('workspace.editHeading')} quote={mode.annotation.exact} initial={mode.annotation} saving={state.saving} error={mode.error} onSave={save} onCancel={closeForm} />
        )}
        <section aria-labelledby="list-heading">
          <h2 id="list-heading" className="mb-2 font-semibold">
            {isFiltering(filter) ? t('workspace.listHeadingFiltered', { shown: shown.length, total: anchored.length }) : t('workspace.listHeading', { total: anchored.length })}
          </h2>
          {anchored.length > 0 && <PanelFilters filter={filter} reviewers={reviewers} onChange={setFilter} />}
          <AnnotationPanel
            ref={panel}
            annotations={shown}
            filtered={shown.length !== anchored.length}
            editable={!frozen}
            activeId={state.activeId}
            busyId={state.saving && mode.kind === 'editing' ? mode.annotation.id : null}
            onActivate={(annotation) => {
              dispatch({ type: 'activated', id: annotation.id });
              annotator.current?.scrollToAnnotation(annotation.id);
            }}
            onEdit={(annotation) => dispatch({ type: 'editStarted', annotation })}
            onDelete={remove}
          />
        </section>
      </aside>
    </div>
  );
}
