// A notification in the reader's language, made from its kind, the names and
// its display data: the interface's counterpart of lib/notifications/notification-text.ts
// (which words it in English for email and the API). The article's title is
// data: it is quoted and isolated (<bdi>), never translated.
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import type { ReactNode } from 'react';
import type { NotificationView } from '@/lib/views/notification-views';

type Props = Pick<NotificationView, 'kind' | 'article' | 'actor' | 'data'>;

export function NotificationWords({ kind, article, actor, data }: Props): ReactNode {
  const t = useTranslations('notifications.text');
  const format = useFormatter();
  const title = (chunks: ReactNode) => <bdi>{chunks}</bdi>;
  const base = {
    title,
    article: article === null ? t('anArticle') : t('quoted', { title: article.title }),
    who: actor?.name ?? t('someone'),
  };
  const due = data.dueAt ? format.dateTime(new Date(data.dueAt), 'dateTime') : null;
  switch (kind) {
    case 'assigned':
      return due
        ? t.rich('assignedDue', { ...base, who: actor?.name ?? t('anEditor'), due })
        : t.rich('assigned', { ...base, who: actor?.name ?? t('anEditor') });
    case 'due_soon':
      return due ? t.rich('dueSoon', { ...base, due }) : t.rich('dueSoonUndated', base);
    case 'overdue':
      return due ? t.rich('overdueDue', { ...base, due }) : t.rich('overdue', base);
    case 'review_submitted':
      return t.rich('reviewSubmitted', { ...base, who: data.reviewerName ?? base.who });
    case 'dispute':
      return t.rich('dispute', { ...base, count: data.disputes ?? 1 });
    case 'mention':
      return data.excerpt ? t.rich('mentionExcerpt', { ...base, excerpt: data.excerpt }) : t.rich('mention', base);
    case 'reply':
      return data.excerpt ? t.rich('replyExcerpt', { ...base, excerpt: data.excerpt }) : t.rich('reply', base);
    case 'published':
      return t.rich('published', base);
    case 'reopened':
      if (data.scope === 'review') return data.reason ? t.rich('reopenedReviewReason', { ...base, reason: data.reason }) : t.rich('reopenedReview', base);
      return data.reason ? t.rich('reopenedArticleReason', { ...base, reason: data.reason }) : t.rich('reopenedArticle', base);
  }
}
