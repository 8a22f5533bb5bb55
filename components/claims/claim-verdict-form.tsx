'use client';
// The claim's verdict (PUT /api/claims/<id>/verdict): a rating of the desk's scale and the public explanation.
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ClaimVerdictView } from '@/lib/views/claim-views';
import type { RatingOption } from '@/lib/views/consensus-views';
import { apiRequest, errorMessage } from '../api/api-request';

type Props = { claimId: string; ratingScale: RatingOption[]; verdict: ClaimVerdictView | null };

export function ClaimVerdictForm({ claimId, ratingScale, verdict }: Props) {
  const t = useTranslations('claims.verdictForm');
  const router = useRouter();
  const [rating, setRating] = useState(verdict?.rating ?? '');
  const [explanation, setExplanation] = useState(verdict?.explanation ?? '');
  const [message, setMessage] = useState<{ error?: string; saved?: boolean }>({});
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="mt-2 flex max-w-2xl flex-col gap-2"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        try {
          await apiRequest('PUT', `/api/claims/${encodeURIComponent(claimId)}/verdict`, { rating, explanation });
          setMessage({ saved: true });
          router.refresh();
        } catch (error) {
          setMessage({ error: errorMessage(error) });
        } finally {
          setBusy(false);
        }
      }}
    >
      <label className="flex flex-col text-sm">
        {t('rating')}
        <select className="rounded border border-stone-400 px-2 py-1" value={rating} onChange={(event) => setRating(event.target.value)} required>
          <option value="">{t('chooseRating')}</option>
          {ratingScale.map((option) => (
            <option key={option.key} value={option.key}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        {t('explanation')}
        <textarea className="rounded border border-stone-400 px-2 py-1" rows={3} value={explanation} onChange={(event) => setExplanation(event.target.value)} required maxLength={5000} />
      </label>
      <button type="submit" className="self-start rounded bg-stone-800 px-3 py-1 text-white" disabled={busy}>
        {t('submit')}
      </button>
      {message.saved && <p role="status">{t('saved')}</p>}
      {message.error && (
        <p role="alert" className="text-red-800">
          {message.error}
        </p>
      )}
    </form>
  );
}
