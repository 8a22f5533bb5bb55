'use client';
// "Your review" in the side panel: where the reader's review stands (blind,
// sees everyone, submitted and final, or frozen by publication) and, while it
// is open, the Submit review button.
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
  const roleName = role === 'admin' ? 'an admin' : 'an editor';
  return (
    <section aria-labelledby="review-heading" className="space-y-2 rounded border border-stone-300 bg-stone-50 p-3 text-sm">
      <h2 id="review-heading" className="font-semibold">Your review</h2>
      {frozen === 'published' ? (
        <p>The desk has published its verdicts on this article. Its annotations are frozen until an editor reopens it.</p>
      ) : submittedAt ? (
        <p>
          Submitted {new Date(submittedAt).toUTCString().slice(5, 22)} UTC
          {submittedGuidelinesVersion !== null && (submittedGuidelinesVersion > 0 ? `, under guidelines version ${submittedGuidelinesVersion}` : ', before the project had guidelines')}. You see every reviewer&apos;s annotations. Your review is final:
          your annotations here can no longer change. If you need to correct one, ask an editor to reopen your review.
        </p>
      ) : seesEveryone ? (
        <p>
          As {roleName} you see every reviewer&apos;s annotations.
          {mineCount === 0 && ' Annotations you make here count as a review of your own, which you can then submit.'}
        </p>
      ) : (
        <p>Blind review: you see only your own annotations until you submit.</p>
      )}
      {canSubmit && !submittedAt && !frozen && offersSubmitReview(role, mineCount) && <SubmitReviewButton count={mineCount} onConfirm={onSubmit} />}
    </section>
  );
}
