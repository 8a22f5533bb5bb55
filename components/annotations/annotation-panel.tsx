'use client';
// The side panel: the annotations the reader may see, in text order, with
// their labels, rationale and evidence; editing controls on one's own. Its
// handle (showItem) brings an entry into view and focus, for a click on its
// highlight in the text.
import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { type Ref, type RefObject, useImperativeHandle, useRef } from 'react';
import type { AnnotationView } from '@/lib/views/annotation-views';
import { truncateText } from '../consensus/format-figures';

export type AnnotationPanelHandle = {
  /** Scrolls the annotation's entry into view and focuses its "Go to" button; nothing when it is not listed. */
  showItem(id: string): void;
};

type Props = {
  ref?: Ref<AnnotationPanelHandle>;
  annotations: AnnotationView[];
  activeId: string | null;
  busyId: string | null;
  /** Whether the reader's own annotations can still be edited (not after a final submission or publication). */
  editable: boolean;
  /** Some annotations are hidden by the panel's filters (an empty list then says so, not "No annotations yet"). */
  filtered?: boolean;
  onActivate(annotation: AnnotationView): void;
  onEdit(annotation: AnnotationView): void;
  onDelete(annotation: AnnotationView): void;
};

const BADGE_CLASS = { claim: 'bg-blue-700', opinion: 'bg-amber-800', unsupported: 'bg-red-700' } as const;

/** A ref callback that keeps `elements` to the mounted entries, by annotation id. */
const track =
  <T,>(elements: RefObject<Map<string, T>>, id: string) =>
  (element: T | null) => {
    if (element) elements.current.set(id, element);
    return () => void elements.current.delete(id);
  };

export function AnnotationPanel({ ref, annotations, activeId, busyId, editable, filtered = false, onActivate, onEdit, onDelete }: Props) {
  const t = useTranslations('annotations.panel');
  const common = useTranslations('common');
  const items = useRef(new Map<string, HTMLLIElement>());
  const goToButtons = useRef(new Map<string, HTMLButtonElement>());
  useImperativeHandle(ref, () => ({
    showItem(id) {
      items.current.get(id)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      goToButtons.current.get(id)?.focus();
    },
  }));

  if (annotations.length === 0) {
    if (filtered) return <p className="text-sm text-stone-700">{t('noneFiltered')}</p>;
    return <p className="text-sm text-stone-700">{editable ? t('noneYet') : t('none')}</p>;
  }
  return (
    <ol className="space-y-3" aria-label={t('listName')}>
      {annotations.map((annotation) => (
        <li
          key={annotation.id}
          id={`panel-${annotation.id}`}
          ref={track(items, annotation.id)}
          className={clsx('rounded border bg-white p-3 text-sm shadow-sm', activeId === annotation.id ? 'border-stone-900 ring-2 ring-stone-900' : 'border-stone-300')}
        >
          <button ref={track(goToButtons, annotation.id)} type="button" onClick={() => onActivate(annotation)} className="block w-full text-start" aria-label={t('goTo', { label: common(`label.${annotation.label}`), quote: truncateText(annotation.exact, 80) })}>
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
      ))}
    </ol>
  );
}
