'use client';
// "Your review" in the side panel: where the reader's review stands (blind,
// sees everyone, submitted and final, or frozen by publication) and, while it
// is open, the Submit review button.
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import type { UserListItem } from '@/lib/views/user-views';
import { SubmitReviewButton } from './submit-review-button';

type Role = UserListItem['role'];

type Props = {
  role: Role;
  /** The reader's own annotations on the article. */
  mineCount: number;
  submittedAt: string | null;
  /** The guidelines version the submitted review was made under (0: the project had none). */
  submittedGuidelinesVersion: number | null;
  frozen: 'submitted' | 'published' | null;
  seesEveryone: boolean;
  canSubmit: boolean;
  onSubmit(): Promise<void>;
};

/**
 * Who is offered "Submit review": a reviewer always; an editor or admin only
 * once they have annotations of their own on the article (they see everyone's
 * work anyway, so a submission means something only when they took part).
 */
export function offersSubmitReview(role: Role, mineCount: number): boolean {
  return role === 'reviewer' || mineCount > 0;
}

export function ReviewStatus({ role, mineCount, submittedAt, submittedGuidelinesVersion, frozen, seesEveryone, canSubmit, onSubmit }: Props) {
  const t = useTranslations('annotations.review');
  const format = useFormatter();
  return (
    <section aria-labelledby="review-heading" className="space-y-2 rounded border border-stone-300 bg-stone-50 p-3 text-sm">
      <h2 id="review-heading" className="font-semibold">{t('heading')}</h2>
      {frozen === 'published' ? (
        <p>{t('published')}</p>
      ) : submittedAt ? (
        <p>
          {t('submitted', {
            when: format.dateTime(new Date(submittedAt), 'dateTime'),
            guidelines: submittedGuidelinesVersion === null ? 'none' : submittedGuidelinesVersion > 0 ? 'version' : 'before',
            version: submittedGuidelinesVersion ?? 0,
          })}
        </p>
      ) : seesEveryone ? (
        <p>
          {t('seesEveryone', { role })}
          {mineCount === 0 && ` ${t('ownReview')}`}
        </p>
      ) : (
        <p>{t('blind')}</p>
      )}
      {canSubmit && !submittedAt && !frozen && offersSubmitReview(role, mineCount) && <SubmitReviewButton count={mineCount} onConfirm={onSubmit} />}
    </section>
  );
}
