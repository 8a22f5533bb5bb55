// Where the article stands in publication, the controls to change it, and the
// record of who published or reopened it and when.
import { useTranslations } from '@/components/i18n/kept-translations';
import type { ConsensusView } from '@/lib/views/consensus-views';
import { RelativeTime } from '../ui/relative-time';
import { PublishControls } from './publish-controls';

type Props = { view: Pick<ConsensusView, 'article' | 'publication' | 'unadjudicatedDisputes' | 'passages'> };

export function PublicationPanel({ view }: Props) {
  const t = useTranslations('consensus.publication');
  const { article, publication } = view;
  const verdicts = view.passages.filter((passage) => passage.verdict !== null).length;
  return (
    <section aria-labelledby="publication-heading" className="space-y-3 rounded border border-stone-300 bg-white p-4">
      <h2 id="publication-heading" className="text-lg font-semibold">{t('heading')}</h2>
      <p className="text-sm text-stone-800">
        {article.status === 'published' && publication.publishedAt
          ? publication.publishedBy
            ? t.rich('publishedBy', { name: publication.publishedBy.name, time: () => <RelativeTime iso={publication.publishedAt!} /> })
            : t.rich('published', { time: () => <RelativeTime iso={publication.publishedAt!} /> })
          : t('notPublished')}
      </p>
      <PublishControls articleId={article.id} status={article.status} unadjudicatedDisputes={view.unadjudicatedDisputes} verdicts={verdicts} />
      <h3 className="text-sm font-semibold">{t('history')}</h3>
      {publication.history.length === 0 ? (
        <p className="text-sm text-stone-700">{t('never')}</p>
      ) : (
        <ol className="space-y-1 text-sm text-stone-800">
          {publication.history.map((event, index) => (
            <li key={`${event.at}-${index}`}>
              {t.rich(event.action === 'publish' ? 'publishEvent' : 'reopenEvent', { name: event.actor.name, time: () => <RelativeTime iso={event.at} /> })}
              {event.reason && <span className="block text-stone-700">{t('reason', { reason: event.reason })}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
