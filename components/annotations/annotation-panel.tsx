'use client';
// The side panel: the annotations the reader may see, in text order, with
// their labels, rationale and evidence; editing controls on one's own. Its
// handle (showItem) brings an entry into view and focus, for a click on its
// highlight in the text. A long list renders its first entries with the page
// and the rest a batch at a time when the browser is idle (every entry is in
// the list moments later, for the keyboard and screen readers alike; showItem
// renders up to its entry at once), and an entry renders again only when what
// it shows changes, not whenever the workspace does (a selection, a form).
import clsx from 'clsx';
import { useTranslations } from '@/components/i18n/kept-translations';
import { type Ref, memo, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { WorkspaceAnnotation } from '@/lib/views/annotation-views';
import { truncateText } from '../consensus/format-figures';

/** How long after showing an entry it is checked to be still in view (the editor's own scrolling has settled). */
const SETTLE_MS = 300;

export type AnnotationPanelHandle = {
  /** Scrolls the annotation's entry into view and focuses its "Go to" button; nothing when it is not listed. */
  showItem(id: string): void;
};

type Props = {
  ref?: Ref<AnnotationPanelHandle>;
  annotations: WorkspaceAnnotation[];
  activeId: string | null;
  busyId: string | null;
  /** Whether the reader's own annotations can still be edited (not after a final submission or publication). */
  editable: boolean;
  /** Some annotations are hidden by the panel's filters (an empty list then says so, not "No annotations yet"). */
  filtered?: boolean;
  onActivate(annotation: WorkspaceAnnotation): void;
  onEdit(annotation: WorkspaceAnnotation): void;
  onDelete(annotation: WorkspaceAnnotation): void;
};

type Actions = Pick<Props, 'onActivate' | 'onEdit' | 'onDelete'>;

const BADGE_CLASS = { claim: 'bg-blue-700', opinion: 'bg-amber-800', unsupported: 'bg-red-700' } as const;

/** Entries rendered with the page (more than a tall screen holds), then per idle moment. */
const FIRST_ENTRIES = 30;
const ENTRIES_PER_IDLE = 50;

/** Runs `work` when the browser is idle (soon, where it cannot say); returns the cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 50);
  return () => window.clearTimeout(handle);
}

export function AnnotationPanel({ ref, annotations, activeId, busyId, editable, filtered = false, onActivate, onEdit, onDelete }: Props) {
  const t = useTranslations('annotations.panel');
  const list = useRef<HTMLOListElement>(null);
  const [rendered, setRendered] = useState(FIRST_ENTRIES);
  const complete = rendered >= annotations.length;
  useEffect(() => {
    if (complete) return;
    return whenIdle(() => setRendered((count) => count + ENTRIES_PER_IDLE));
  }, [complete, rendered]);

  // The entries get callbacks that never change (calling the latest ones given), so they can skip re-rendering.
  const latest = useRef<Actions>({ onActivate, onEdit, onDelete });
  useEffect(() => {
    latest.current = { onActivate, onEdit, onDelete };
  });
  const actions = useMemo<Actions>(
    () => ({
      onActivate: (annotation) => latest.current.onActivate(annotation),
      onEdit: (annotation) => latest.current.onEdit(annotation),
      onDelete: (annotation) => latest.current.onDelete(annotation),
    }),
    [],
  );

  useImperativeHandle(ref, () => ({
    showItem(id) {
      const at = annotations.findIndex((annotation) => annotation.id === id);
      if (at < 0) return;
      if (at >= rendered) flushSync(() => setRendered(at + 1));
      const item = list.current?.querySelector<HTMLLIElement>(`#${CSS.escape(`panel-${id}`)}`);
      const button = item?.querySelector('button');
      button?.focus({ preventScroll: true });
      // Scrolled after this frame's editor update: a click in the text scrolls the editor's
      // selection into view, which could otherwise undo a scroll started before it. Checked
      // once more a moment later, as the editor may scroll on a later frame still: an entry
      // that is still focused but out of view is scrolled to again.
      requestAnimationFrame(() => item?.scrollIntoView({ block: 'nearest' }));
      setTimeout(() => {
        if (!item || document.activeElement !== button) return;
        const box = item.getBoundingClientRect();
        if (box.bottom <= 0 || box.top >= window.innerHeight) item.scrollIntoView({ block: 'nearest' });
      }, SETTLE_MS);
    },
  }));

  if (annotations.length === 0) {
    if (filtered) return <p className="text-sm text-stone-700">{t('noneFiltered')}</p>;
    return <p className="text-sm text-stone-700">{editable ? t('noneYet') : t('none')}</p>;
  }
  return (
    <ol ref={list} className="space-y-3" aria-label={t('listName')} aria-busy={!complete}>
      {annotations.slice(0, rendered).map((annotation) => (
        <PanelEntry
          key={annotation.id}
          annotation={annotation}
          // Only the entries that are (or were) active or busy see these change.
          activeId={activeId === annotation.id ? activeId : null}
          busyId={busyId === annotation.id ? busyId : null}
          editable={editable}
          {...actions}
        />
      ))}
    </ol>
  );
}

type EntryProps = Actions & { annotation: WorkspaceAnnotation; activeId: string | null; busyId: string | null; editable: boolean };

const PanelEntry = memo(function PanelEntry({ annotation, activeId, busyId, editable, onActivate, onEdit, onDelete }: EntryProps) {
  const t = useTranslations('annotations.panel');
  const common = useTranslations('common');
  return (
    <li
      key={annotation.id}
      id={`panel-${annotation.id}`}
      className={clsx('rounded border bg-white p-3 text-sm shadow-sm', activeId === annotation.id ? 'border-stone-900 ring-2 ring-stone-900' : 'border-stone-300')}
    >
      <button type="button" onClick={() => onActivate(annotation)} className="block w-full text-start" aria-label={t('goTo', { label: common(`label.${annotation.label}`), quote: truncateText(annotation.exact, 80) })}>
        <span className="flex items-center gap-2">
          <span className={clsx('rounded px-1.5 text-xs font-semibold text-white', BADGE_CLASS[annotation.label])}>{common(`label.${annotation.label}`)}</span>
          {!annotation.mine && <span className="text-xs text-stone-600">{t('by', { name: annotation.author.name })}</span>}
          {annotation.confidence && <span className="text-xs text-stone-600">{t('confidence', { confidence: annotation.confidence })}</span>}
          {annotation.anchorState === 'reanchored' && <span className="text-xs text-stone-600" title={t('movedTitle')}>{t('moved')}</span>}
        </span>
        <q dir="auto" className="mt-1 line-clamp-3 block text-start text-stone-800">{annotation.exact}</q>
      </button>
      {annotation.rationale && <p className="mt-2 whitespace-pre-wrap text-stone-700">{annotation.rationale}</p>}
      {annotation.evidence.length > 0 && (
        <ul className="mt-2 space-y-1">
          {annotation.evidence.map((item, index) => (
            <li key={index} className="truncate">
              <a href={item.url} target="_blank" rel="noopener noreferrer nofollow" className="text-blue-900 underline">{item.title || item.url}</a>
              {item.type && <span className="ms-1 text-xs text-stone-600">({common(`evidenceType.${item.type}`)})</span>}
            </li>
          ))}
        </ul>
      )}
      {annotation.mine && editable && (
        <div className="mt-2 flex gap-3">
          <button type="button" onClick={() => onEdit(annotation)} disabled={busyId === annotation.id} className="text-blue-900 underline">{t('edit')}</button>
          <button type="button" onClick={() => onDelete(annotation)} disabled={busyId === annotation.id} className="text-red-800 underline">{t('delete')}</button>
        </div>
      )}
    </li>
  );
});
