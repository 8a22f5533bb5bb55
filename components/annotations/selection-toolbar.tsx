'use client';
// The small toolbar that appears under a selection: one button per label
// (keys 1, 2, 3), or "Re-attach here" while an orphaned annotation is being
// re-attached; and the whole-word snapping switch (key W). It stays inside the
// article box, so on a narrow screen it never pushes the page sideways.
import clsx from 'clsx';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useLayoutEffect, useRef } from 'react';
import { LABELS, type Label } from '@/lib/vocabulary';
import { LABEL_BUTTON_CLASS, LABEL_KEY } from './labels';

type Props = {
  top: number;
  left: number;
  reattaching: boolean;
  snapToWords: boolean;
  onLabel(label: Label): void;
  onReattach(): void;
  onCancel(): void;
  onToggleSnap(): void;
};

// Buttons keep the text selection while clicked.
const keepSelection = (event: { preventDefault(): void }) => event.preventDefault();

export function SelectionToolbar({ top, left, reattaching, snapToWords, onLabel, onReattach, onCancel, onToggleSnap }: Props) {
  const t = useTranslations('annotations.toolbar');
  const common = useTranslations('common');
  const toolbar = useRef<HTMLDivElement>(null);
  // Pulled left, before paint, as far as it takes to fit inside the article box. `left` is physical
  // (measured from the selection's coordinates), whichever way the interface or the article runs.
  useLayoutEffect(() => {
    const element = toolbar.current;
    const room = (element?.offsetParent as HTMLElement | null)?.clientWidth;
    if (!element || room === undefined) return;
    element.style.left = `${Math.max(0, Math.min(left, room - element.offsetWidth))}px`;
  }, [left, reattaching]);

  return (
    <div
      ref={toolbar}
      role="toolbar"
      aria-label={t('name')}
      className="absolute z-20 flex max-w-full flex-wrap gap-1 rounded border border-stone-300 bg-white p-1 shadow-lg"
      style={{ top, left }}
    >
      {reattaching ? (
        <>
          <button type="button" onMouseDown={keepSelection} onClick={onReattach} className="rounded border border-stone-800 px-2 py-1 text-sm font-medium">
            {t('reattachHere')}
          </button>
          <button type="button" onMouseDown={keepSelection} onClick={onCancel} className="rounded px-2 py-1 text-sm">{t('cancel')}</button>
        </>
      ) : (
        LABELS.map((label) => (
          <button
            key={label}
            type="button"
            onMouseDown={keepSelection}
            onClick={() => onLabel(label)}
            aria-keyshortcuts={LABEL_KEY[label]}
            title={t('labelTitle', { hint: common(`labelHint.${label}`), key: LABEL_KEY[label] })}
            className={clsx('rounded border px-2 py-1 text-sm font-medium', LABEL_BUTTON_CLASS[label])}
          >
            {common(`label.${label}`)} <kbd className="ms-1 rounded bg-stone-100 px-1 text-xs text-stone-600">{LABEL_KEY[label]}</kbd>
          </button>
        ))
      )}
      <button
        type="button"
        onMouseDown={keepSelection}
        onClick={onToggleSnap}
        aria-pressed={snapToWords}
        aria-keyshortcuts="W"
        title={snapToWords ? t('snapOnTitle') : t('snapOffTitle')}
        className="rounded border border-stone-400 px-2 py-1 text-sm text-stone-800 aria-pressed:bg-stone-800 aria-pressed:text-white"
      >
        {t('wholeWords')} <kbd className="ms-1 rounded bg-stone-100 px-1 text-xs text-stone-600">{'W'}</kbd>
      </button>
    </div>
  );
}
