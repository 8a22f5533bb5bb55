'use client';
// The small toolbar that appears under a selection: one button per label
// (keys 1, 2, 3), or "Re-attach here" while an orphaned annotation is being re-attached.
import clsx from 'clsx';
import type { Label } from '@/lib/views/annotation-views';
import { LABEL_BUTTON_CLASS, LABEL_OPTIONS } from './labels';

type Props = {
  top: number;
  left: number;
  reattaching: boolean;
  onLabel(label: Label): void;
  onReattach(): void;
  onCancel(): void;
};

export function SelectionToolbar({ top, left, reattaching, onLabel, onReattach, onCancel }: Props) {
  return (
    <div role="toolbar" aria-label="Tag the selected passage" className="absolute z-20 flex gap-1 rounded border border-stone-300 bg-white p-1 shadow-lg" style={{ top, left }}>
      {reattaching ? (
        <>
          <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onReattach} className="rounded border border-stone-800 px-2 py-1 text-sm font-medium">
            Re-attach here
          </button>
          <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onCancel} className="rounded px-2 py-1 text-sm">Cancel</button>
        </>
      ) : (
        LABEL_OPTIONS.map((option) => (
          <button
            key={option.value}
            type="button"
            // Keep the text selection while clicking.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onLabel(option.value)}
            aria-keyshortcuts={option.key}
            title={`${option.hint} (key ${option.key})`}
            className={clsx('rounded border px-2 py-1 text-sm font-medium', LABEL_BUTTON_CLASS[option.value])}
          >
            {option.name} <kbd className="ml-1 rounded bg-stone-100 px-1 text-xs text-stone-600">{option.key}</kbd>
          </button>
        ))
      )}
    </div>
  );
}
