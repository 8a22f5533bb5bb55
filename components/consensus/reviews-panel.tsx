// Who has reviewed the article and where each review stands (drafting,
// submitted, reopened), with the record of submissions and reopenings and
// their reasons; a submitted review can be reopened from here.
import type { ReviewView } from '@/lib/views/review-views';
import { RelativeTime } from '../ui/relative-time';
import { ReopenReviewButton } from './reopen-review-button';

const STATUS_TEXT: Record<ReviewView['status'], string> = { drafting: 'Drafting', submitted: 'Submitted', reopened: 'Reopened (drafting again)' };

type Props = { articleId: string; published: boolean; reviews: readonly ReviewView[] };

export function ReviewsPanel({ articleId, published, reviews }: Props) {
  return (
    <section aria-labelledby="reviews-heading" className="space-y-3 rounded border border-stone-300 bg-white p-4">
      <h2 id="reviews-heading" className="text-lg font-semibold">Reviews</h2>
      <p className="text-sm text-stone-700">
        A submitted review is final and counts in the consensus. Reopening one takes it back to drafting: the reviewer&apos;s annotations leave the consensus
        and they see only their own again until they submit anew.{published ? ' Reopen the article before reopening a review.' : ''}
      </p>
      {reviews.length === 0 ? (
        <p className="text-sm text-stone-700">No reviewer has annotated or submitted yet.</p>
      ) : (
        <ul className="divide-y divide-stone-200">
          {reviews.map((review) => (
            <li key={review.reviewer.id} aria-label={`Review by ${review.reviewer.name}`} className="space-y-1 py-3 text-sm">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-medium">{review.reviewer.name}</span>
                <span>{STATUS_TEXT[review.status]}</span>
                {review.submittedAt && (
                  <span className="text-stone-700">
                    since <RelativeTime iso={review.submittedAt} />
                  </span>
                )}
                {review.guidelinesVersion !== null && (
                  <span className="text-stone-700">{review.guidelinesVersion > 0 ? `under guidelines version ${review.guidelinesVersion}` : 'before the project had guidelines'}</span>
                )}
                <span className="text-stone-700">
                  {review.annotations} annotation{review.annotations === 1 ? '' : 's'}
                </span>
                {review.status === 'submitted' && !published && (
                  <span className="ml-auto">
                    <ReopenReviewButton articleId={articleId} reviewer={review.reviewer} />
                  </span>
                )}
              </div>
              {review.history.length > 0 && (
                <ol aria-label={`History of ${review.reviewer.name}'s review`} className="space-y-0.5 text-stone-700">
                  {review.history.map((event, index) => (
                    <li key={`${event.at}-${index}`}>
                      {event.action === 'submit' ? 'Submitted' : `Reopened by ${event.actor.name}`} on <RelativeTime iso={event.at} />
                      {event.guidelinesVersion !== null && event.guidelinesVersion > 0 && ` (guidelines version ${event.guidelinesVersion})`}
                      {event.reason && <span>: {event.reason}</span>}
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
