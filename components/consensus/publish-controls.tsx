'use client';
// Publish (blocked while disputed passages lack a verdict) and Reopen, each
// behind a confirmation; the server page recomputes after either.
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { ArticleStatus } from '@/lib/views/article-views';
import { inputClass } from '../ui/field';
import { ConfirmDialog } from './confirm-dialog';
import { consensusClient } from './consensus-client';
import { formatCount } from './format-figures';

type Props = { articleId: string; status: ArticleStatus; unadjudicatedDisputes: number; verdicts: number };

export function PublishControls({ articleId, status, unadjudicatedDisputes, verdicts }: Props) {
  const router = useRouter();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState('');
  const blocked = unadjudicatedDisputes > 0;

  return (
    <div className="space-y-2">
      {status === 'published' ? (
        <ConfirmDialog
          triggerLabel="Reopen"
          title="Reopen the article?"
          description="The published verdicts are withdrawn until the article is published again. Reviewers and editors can change annotations and verdicts meanwhile."
          confirmLabel="Reopen"
          busyLabel="Reopening…"
          onConfirm={async () => {
            await consensusClient.reopen(articleId, reason);
            setReason('');
            setNotice('The article is open again.');
            router.refresh();
          }}
        >
          <label className="block">
            <span className="text-sm font-medium text-stone-800">Reason (optional)</span>
            <textarea value={reason} onChange={(event) => setReason(event.target.value)} rows={3} maxLength={1000} className={inputClass} />
          </label>
        </ConfirmDialog>
      ) : (
        // data-shortcut: the worklist's P key finds the Publish button here.
        <div data-shortcut="publish" className="space-y-2">
          <ConfirmDialog
            triggerLabel="Publish"
            title="Publish the verdicts?"
            description={`${formatCount(verdicts, 'verdict')} and the consensus of the other passages become the article's published result, available to newsroom systems and exports.`}
            confirmLabel="Publish"
            busyLabel="Publishing…"
            disabled={blocked}
            describedBy={blocked ? reasonId : undefined}
            onConfirm={async () => {
              await consensusClient.publish(articleId);
              setNotice('The article is published.');
              router.refresh();
            }}
          />
          {blocked && (
            <p id={reasonId} className="text-sm text-red-900">
              Publishing waits for {formatCount(unadjudicatedDisputes, 'disputed passage')} without a verdict. Adjudicate {unadjudicatedDisputes === 1 ? 'it' : 'them'} in the
              Passages tab.
            </p>
          )}
        </div>
      )}
      <p role="status" className="text-sm text-green-900">{notice}</p>
    </div>
  );
}
