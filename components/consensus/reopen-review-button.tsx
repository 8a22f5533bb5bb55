'use client';
// "Reopen review" for one reviewer, behind a confirmation that asks why (the
// reason is required and kept in the review's history); the server page
// recomputes the consensus afterwards.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { MAX_REOPEN_REASON_CHARS } from '@/lib/validation/reviews';
import { apiRequest } from '../api/api-request';
import { inputClass } from '../ui/field';
import { ConfirmDialog } from './confirm-dialog';

type Props = { articleId: string; reviewer: { id: string; name: string } };

export function ReopenReviewButton({ articleId, reviewer }: Props) {
  const router = useRouter();
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      triggerLabel="Reopen review"
      title={`Reopen ${reviewer.name}'s review?`}
      description={`${reviewer.name}'s annotations leave the consensus until they submit again, and they see only their own annotations meanwhile. The reason is kept in the review's history.`}
      confirmLabel="Reopen review"
      busyLabel="Reopening…"
      onConfirm={async () => {
        await apiRequest('POST', `/api/articles/${encodeURIComponent(articleId)}/reviews/${encodeURIComponent(reviewer.id)}/reopen`, { reason });
        setReason('');
        router.refresh();
      }}
    >
      <label className="block">
        <span className="text-sm font-medium text-stone-800">Reason (required)</span>
        <textarea value={reason} onChange={(event) => setReason(event.target.value)} rows={3} required maxLength={MAX_REOPEN_REASON_CHARS} className={inputClass} />
      </label>
    </ConfirmDialog>
  );
}
