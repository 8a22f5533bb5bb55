'use client';
// The small toolbar that appears under a selection: one button per label
// (keys 1, 2, 3), or "Re-attach here" while an orphaned annotation is being
// re-attached; and the whole-word snapping switch (key W). It stays inside the
// article box, so on a narrow screen it never pushes the page sideways.
import clsx from 'clsx';
import { useLayoutEffect, useRef } from 'react';
import type { Label } from '@/lib/views/annotation-views';
import { LABEL_BUTTON_CLASS, LABEL_OPTIONS } from './labels';

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
  const toolbar = useRef<HTMLDivElement>(null);
  // Pulled left, before paint, as far as it takes to fit inside the article box.
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
      aria-label="Tag the selected passage"
      className="absolute z-20 flex max-w-full flex-wrap gap-1 rounded border border-stone-300 bg-white p-1 shadow-lg"
      style={{ top, left }}
    >
      {reattaching ? (
        <>
          <button type="button" onMouseDown={keepSelection} onClick={onReattach} className="rounded border border-stone-800 px-2 py-1 text-sm font-medium">
            Re-attach here
          </button>
          <button type="button" onMouseDown={keepSelection} onClick={onCancel} className="rounded px-2 py-1 text-sm">Cancel</button>
        </>
      ) : (
        LABEL_OPTIONS.map((option) => (
          <button
            key={option.value}
            type="button"
            onMouseDown={keepSelection}
            onClick={() => onLabel(option.value)}
            aria-keyshortcuts={option.key}
            title={`${option.hint} (key ${option.key})`}
            className={clsx('rounded border px-2 py-1 text-sm font-medium', LABEL_BUTTON_CLASS[option.value])}
          >
            {option.name} <kbd className="ml-1 rounded bg-stone-100 px-1 text-xs text-stone-600">{option.key}</kbd>
          </button>
        ))
      )}
      <button
        type="button"
        onMouseDown={keepSelection}
        onClick={onToggleSnap}
        aria-pressed={snapToWords}
        aria-keyshortcuts="W"
        title={snapToWords ? 'Selections snap to whole words; press W to keep them exactly as selected' : 'Selections are kept exactly as selected; press W to snap them to whole words'}
        className="rounded border border-stone-400 px-2 py-1 text-sm text-stone-800 aria-pressed:bg-stone-800 aria-pressed:text-white"
      >
        Whole words <kbd className="ml-1 rounded bg-stone-100 px-1 text-xs text-stone-600">W</kbd>
      </button>
    </div>
  );
}
