'use client';
// "Reopen review" for one reviewer, behind a confirmation that asks why (the
// reason is required and kept in the review's history); the server page
// recomputes the consensus afterwards.
import { useRouter } from 'next/navigation';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useState } from 'react';
import { MAX_REOPEN_REASON_CHARS } from '@/lib/validation/reviews';
import { apiRequest } from '../api/api-request';
import { inputClass } from '../ui/field';
import { ConfirmDialog } from './confirm-dialog';

type Props = { articleId: string; reviewer: { id: string; name: string } };

export function ReopenReviewButton({ articleId, reviewer }: Props) {
  const t = useTranslations('consensus.reopenReview');
  const router = useRouter();
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      triggerLabel={t('trigger')}
      title={t('title', { name: reviewer.name })}
      description={t('description', { name: reviewer.name })}
      confirmLabel={t('trigger')}
      busyLabel={t('busy')}
      onConfirm={async () => {
        await apiRequest('POST', `/api/articles/${encodeURIComponent(articleId)}/reviews/${encodeURIComponent(reviewer.id)}/reopen`, { reason });
        setReason('');
        router.refresh();
      }}
    >
      <label className="block">
        <span className="text-sm font-medium text-stone-800">{t('reason')}</span>
        <textarea value={reason} onChange={(event) => setReason(event.target.value)} rows={3} required maxLength={MAX_REOPEN_REASON_CHARS} className={inputClass} />
      </label>
    </ConfirmDialog>
  );
}
