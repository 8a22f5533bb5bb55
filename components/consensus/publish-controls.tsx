'use client';
// Publish (blocked while disputed passages lack a verdict) and Reopen, each
// behind a confirmation; the server page recomputes after either.
import { useRouter } from 'next/navigation';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useId, useState } from 'react';
import type { ArticleStatus } from '@/lib/views/article-views';
import { inputClass } from '../ui/field';
import { ConfirmDialog } from './confirm-dialog';
import { consensusClient } from './consensus-client';

type Props = { articleId: string; status: ArticleStatus; unadjudicatedDisputes: number; verdicts: number };

export function PublishControls({ articleId, status, unadjudicatedDisputes, verdicts }: Props) {
  const t = useTranslations('consensus.publish');
  const router = useRouter();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState('');
  const blocked = unadjudicatedDisputes > 0;

  return (
    <div className="space-y-2">
      {status === 'published' ? (
        <ConfirmDialog
          triggerLabel={t('reopen')}
          title={t('reopenTitle')}
          description={t('reopenDescription')}
          confirmLabel={t('reopen')}
          busyLabel={t('reopening')}
          onConfirm={async () => {
            await consensusClient.reopen(articleId, reason);
            setReason('');
            setNotice(t('reopened'));
            router.refresh();
          }}
        >
          <label className="block">
            <span className="text-sm font-medium text-stone-800">{t('reason')}</span>
            <textarea value={reason} onChange={(event) => setReason(event.target.value)} rows={3} maxLength={1000} className={inputClass} />
          </label>
        </ConfirmDialog>
      ) : (
        // data-shortcut: the worklist's P key finds the Publish button here.
        <div data-shortcut="publish" className="space-y-2">
          <ConfirmDialog
            triggerLabel={t('publish')}
            title={t('publishTitle')}
            description={t('publishDescription', { count: verdicts })}
            confirmLabel={t('publish')}
            busyLabel={t('publishing')}
            disabled={blocked}
            describedBy={blocked ? reasonId : undefined}
            onConfirm={async () => {
              await consensusClient.publish(articleId);
              setNotice(t('published'));
              router.refresh();
            }}
          />
          {blocked && (
            <p id={reasonId} className="text-sm text-red-900">
              {t('blocked', { count: unadjudicatedDisputes })}
            </p>
          )}
        </div>
      )}
      <p role="status" className="text-sm text-green-900">{notice}</p>
    </div>
  );
}
