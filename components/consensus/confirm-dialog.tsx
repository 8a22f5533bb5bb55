'use client';
// A button that asks before doing something with consequences (Radix Dialog:
// focus trapped, Escape closes, the rest of the page hidden from screen readers).
import * as Dialog from '@radix-ui/react-dialog';
import { useTranslations } from '@/components/i18n/kept-translations';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../api/api-request';
import { Button } from '../ui/button';

type Props = {
  triggerLabel: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  disabled?: boolean;
  /** Id of the text saying why the trigger is disabled. */
  describedBy?: string;
  onConfirm(): Promise<void>;
  children?: ReactNode;
};

export function ConfirmDialog({ triggerLabel, title, description, confirmLabel, busyLabel, disabled, describedBy, onConfirm, children }: Props) {
  const t = useTranslations('consensus.confirm');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function confirm() {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      setOpen(false);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(undefined);
      }}
    >
      <Dialog.Trigger asChild>
        <Button type="button" disabled={disabled} aria-describedby={describedBy}>{triggerLabel}</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-1/4 left-1/2 z-50 w-[30rem] max-w-[90vw] -translate-x-1/2 rounded bg-white p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-stone-700">{description}</Dialog.Description>
          <form
            className="mt-4 space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              void confirm();
            }}
          >
            {children}
            {error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button type="button" variant="secondary">{t('cancel')}</Button>
              </Dialog.Close>
              <Button type="submit" disabled={busy}>{busy ? busyLabel : confirmLabel}</Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
