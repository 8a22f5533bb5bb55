'use client';
// "A" on a passage: accept the reviewers' majority label as the verdict. A
// verdict needs a rating, which the votes cannot give, so the dialog asks for
// it (pre-selected where initialRating knows one) and nothing else; the
// explanation and claim details of an existing verdict are kept as they are.
// Arrow keys choose the rating, Enter accepts, Escape cancels.
import * as Dialog from '@radix-ui/react-dialog';
import { useTranslations } from '@/components/i18n/kept-translations';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { Label } from '@/lib/consensus/types';
import type { ConsensusPassageView, RatingOption } from '@/lib/views/consensus-views';
import { errorMessage } from '../api/api-request';
import { Button } from '../ui/button';
import { consensusClient } from './consensus-client';
import { truncateText } from './format-figures';
import { initialRating, toVerdictInput } from './verdict-input';

type Props = {
  articleId: string;
  /** The passage being accepted (it has a majority label); null: the dialog is closed. */
  passage: (ConsensusPassageView & { label: Label }) | null;
  ratingScale: RatingOption[];
  onClose(): void;
  onAccepted(message: string): void;
  /** Where focus goes when the dialog closes (it has no trigger to return to: a key opened it). */
  returnFocus(): void;
};

export function AcceptConsensusDialog({ articleId, passage, ratingScale, onClose, onAccepted, returnFocus }: Props) {
  return (
    <Dialog.Root open={passage !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        {passage && (
          // Keyed on the passage so each opening starts from its own rating.
          <AcceptForm key={passage.id} articleId={articleId} passage={passage} ratingScale={ratingScale} onAccepted={onAccepted} returnFocus={returnFocus} />
        )}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function AcceptForm({ articleId, passage, ratingScale, onAccepted, returnFocus }: Omit<Props, 'passage' | 'onClose'> & { passage: ConsensusPassageView & { label: Label } }) {
  const t = useTranslations('consensus.accept');
  const tLabel = useTranslations('common.label');
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [rating, setRating] = useState(() => initialRating(passage.verdict?.rating, passage.label, ratingScale));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const label = tLabel(passage.label);

  async function accept(event?: FormEvent) {
    event?.preventDefault();
    if (!rating) {
      setError(t('chooseRating'));
      formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    setBusy(true);
    setError('');
    const verdict = passage.verdict;
    const fields = {
      label: passage.label,
      rating,
      explanation: verdict?.explanation ?? '',
      claimant: verdict?.claimant ?? '',
      appearanceUrl: verdict?.appearanceUrl ?? '',
      claimDate: verdict?.claimDate ?? '',
    };
    try {
      await consensusClient.setVerdict(articleId, passage.id, toVerdictInput(fields, 'accept', passage.label, verdict?.version));
      onAccepted(t('accepted', { label, rating: ratingScale.find((option) => option.key === rating)?.name ?? rating }));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog.Content
      className="fixed top-1/4 left-1/2 z-50 w-[30rem] max-w-[90vw] -translate-x-1/2 rounded bg-white p-6 shadow-xl"
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        returnFocus();
      }}
      onOpenAutoFocus={(event) => {
        // Start on the chosen rating (or the first), so arrow keys choose and Enter accepts.
        event.preventDefault();
        const radios = formRef.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
        ([...(radios ?? [])].find((radio) => radio.checked) ?? radios?.[0])?.focus();
      }}
    >
      <Dialog.Title className="text-lg font-semibold">{t('title', { label })}</Dialog.Title>
      <Dialog.Description className="mt-2 text-sm text-stone-700">
        {t.rich('description', { label, quote: truncateText(passage.exact, 120), bdi: (chunks) => <bdi>{chunks}</bdi> })}
      </Dialog.Description>
      <form
        ref={formRef}
        noValidate
        className="mt-4 space-y-4"
        onSubmit={(event) => void accept(event)}
        onKeyDown={(event) => {
          // Enter on a rating accepts, as it would in a text field.
          if (event.key === 'Enter' && (event.target as HTMLElement).getAttribute('type') === 'radio') {
            event.preventDefault();
            void accept();
          }
        }}
      >
        <fieldset className="space-y-1" aria-describedby={error ? `${id}-error` : undefined}>
          <legend className="text-sm font-medium text-stone-800">{t('rating')}</legend>
          {ratingScale.map((option) => (
            <label key={option.key} className="flex items-center gap-2 text-sm">
              <input type="radio" name={`${id}-rating`} value={option.key} checked={rating === option.key} onChange={() => setRating(option.key)} />
              {option.name}
            </label>
          ))}
        </fieldset>
        {error && <p id={`${id}-error`} role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
        <div className="flex justify-end gap-2">
          <Dialog.Close asChild>
            <Button type="button" variant="secondary">{t('cancel')}</Button>
          </Dialog.Close>
          <Button type="submit" disabled={busy}>{busy ? t('saving') : t('submit')}</Button>
        </div>
      </form>
    </Dialog.Content>
  );
}
