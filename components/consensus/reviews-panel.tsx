// Who has reviewed the article and where each review stands (drafting,
// submitted, reopened), with the record of submissions and reopenings and
// their reasons; a submitted review can be reopened from here.
import { useTranslations } from '@/components/i18n/kept-translations';
import type { ReviewView } from '@/lib/views/review-views';
import { RelativeTime } from '../ui/relative-time';
import { ReopenReviewButton } from './reopen-review-button';

type Props = { articleId: string; published: boolean; reviews: readonly ReviewView[] };

export function ReviewsPanel({ articleId, published, reviews }: Props) {
  const t = useTranslations('consensus.reviews');
  return (
    <section aria-labelledby="reviews-heading" className="space-y-3 rounded border border-stone-300 bg-white p-4">
      <h2 id="reviews-heading" className="text-lg font-semibold">{t('heading')}</h2>
      <p className="text-sm text-stone-700">{published ? `${t('intro')} ${t('reopenArticleFirst')}` : t('intro')}</p>
      {reviews.length === 0 ? (
        <p className="text-sm text-stone-700">{t('none')}</p>
      ) : (
        <ul className="divide-y divide-stone-200">
          {reviews.map((review) => (
            <li key={review.reviewer.id} aria-label={t('label', { name: review.reviewer.name })} className="space-y-1 py-3 text-sm">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-medium">{review.reviewer.name}</span>
                <span>{t(`status.${review.status}`)}</span>
                {review.submittedAt && <span className="text-stone-700">{t.rich('since', { time: () => <RelativeTime iso={review.submittedAt!} /> })}</span>}
                {review.guidelinesVersion !== null && (
                  <span className="text-stone-700">{review.guidelinesVersion > 0 ? t('guidelines', { version: review.guidelinesVersion }) : t('noGuidelines')}</span>
                )}
                <span className="text-stone-700">{t('annotations', { count: review.annotations })}</span>
                {review.status === 'submitted' && !published && (
                  <span className="ms-auto">
                    <ReopenReviewButton articleId={articleId} reviewer={review.reviewer} />
                  </span>
                )}
              </div>
              {review.history.length > 0 && (
                <ol aria-label={t('historyLabel', { name: review.reviewer.name })} className="space-y-0.5 text-stone-700">
                  {review.history.map((event, index) => (
                    <li key={`${event.at}-${index}`}>
                      {event.action === 'submit'
                        ? t.rich('submitEvent', { time: () => <RelativeTime iso={event.at} /> })
                        : t.rich('reopenEvent', { name: event.actor.name, time: () => <RelativeTime iso={event.at} /> })}
                      {event.guidelinesVersion !== null && event.guidelinesVersion > 0 && ` ${t('eventGuidelines', { version: event.guidelinesVersion })}`}
                      {event.reason && <span>{t('eventReason', { reason: event.reason })}</span>}
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
