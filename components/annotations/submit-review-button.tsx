'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useParams } from 'next/navigation';
import { useState } from 'react';
import { apiRequest, errorMessage } from '../api/api-request';

/**
 * "Submit review" with a confirmation: submitting lifts blind review for this
 * reviewer and makes their review final (an editor can reopen it). With no
 * annotation, the reviewer confirms that they found nothing to label: the
 * server refuses an empty submission that does not say so (`{empty: true}`),
 * so the empty one is sent from here before `onConfirm` (whose own submit
 * then finds it already made) refreshes the workspace.
 */
export function SubmitReviewButton({ onConfirm, count }: { onConfirm(): Promise<void>; count: number }) {
  const t = useTranslations('annotations.submit');
  const { id: articleId } = useParams<{ id: string }>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const empty = count === 0;
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(undefined);
      }}
    >
      <Dialog.Trigger className="w-full rounded bg-stone-900 px-3 py-2 text-sm font-medium text-white">{t('button')}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-1/3 left-1/2 z-50 w-[28rem] max-w-[90vw] -translate-x-1/2 rounded bg-white p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{empty ? t('titleEmpty') : t('title')}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-stone-700">
            {empty ? t('bodyEmpty') : t('body', { count })}
          </Dialog.Description>
          {error && <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
          <div className="mt-5 flex justify-end gap-2">
            <Dialog.Close className="rounded border border-stone-400 px-3 py-1.5 text-sm">{t('notYet')}</Dialog.Close>
            <button
              type="button"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                setError(undefined);
                try {
                  if (empty) await apiRequest('POST', `/api/articles/${encodeURIComponent(articleId)}/submit`, { empty: true });
                  await onConfirm();
                  setOpen(false);
                } catch (caught) {
                  setError(errorMessage(caught));
                } finally {
                  setBusy(false);
                }
              }}
              className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white"
            >
              {busy ? t('submitting') : empty ? t('confirmEmpty') : t('confirm')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
