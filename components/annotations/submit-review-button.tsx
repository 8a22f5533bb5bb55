'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';

/** "Submit review" with a confirmation: submitting lifts blind review for this reviewer. */
export function SubmitReviewButton({ onConfirm, count }: { onConfirm(): Promise<void>; count: number }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="w-full rounded bg-stone-900 px-3 py-2 text-sm font-medium text-white">Submit review</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-1/3 left-1/2 z-50 w-[28rem] max-w-[90vw] -translate-x-1/2 rounded bg-white p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">Submit your review?</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-stone-700">
            You are submitting {count} annotation{count === 1 ? '' : 's'}. After submitting you will also see the other reviewers&apos; annotations. You can still
            edit yours afterwards; those changes are recorded.
          </Dialog.Description>
          <div className="mt-5 flex justify-end gap-2">
            <Dialog.Close className="rounded border border-stone-400 px-3 py-1.5 text-sm">Not yet</Dialog.Close>
            <button
              type="button"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await onConfirm();
                  setOpen(false);
                } finally {
                  setBusy(false);
                }
              }}
              className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white"
            >
              {busy ? 'Submitting…' : 'Submit review'}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
