import { getTranslations } from 'next-intl/server';
import { IntervalChart } from '@/components/charts/interval-chart';
import { SourcesTable } from '@/components/sources/sources-table';
import { reliabilityDefinitions } from '@/components/sources/reliability-text';
import { MINIMUM_ARTICLES } from '@/lib/consensus/source-reliability';
import { listSources } from '@/lib/server/data/sources/list-sources';
import { requirePageActor } from '@/lib/server/guards';

export async function generateMetadata() {
  const t = await getTranslations('sources');
  return { title: t('index.title') };
}

/** A download from the API, not a page: a plain link. */
const EXPORT_PATH = '/api/sources/export';

/** The desk's outlets compared: reliability figures from the published articles in the caller's projects. */
export default async function SourcesPage() {
  const actor = await requirePageActor('articles:read', '/sources');
  const [sources, t] = await Promise.all([listSources(actor), getTranslations('sources')]);
  const plotted = sources.filter((source) => source.reliability.enoughData && source.reliability.interval);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('index.title')}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t('index.intro')}</p>
      <details className="mt-3 max-w-3xl text-sm text-stone-700">
        <summary className="cursor-pointer font-medium">{t('index.howMade')}</summary>
        <ul className="mt-2 list-disc space-y-1 ps-5">
          {reliabilityDefinitions(t).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </details>
      <p className="mt-3 flex gap-4 text-sm">
        <a href={`${EXPORT_PATH}?format=csv`} download className="text-blue-900 underline">{t('index.downloadCsv')}</a>
        <a href={`${EXPORT_PATH}?format=json`} download className="text-blue-900 underline">{t('index.downloadJson')}</a>
      </p>
      {sources.length === 0 ? (
        <p className="mt-6 text-stone-700">{t('index.empty')}</p>
      ) : (
        <>
          <SourcesTable sources={sources} />
          <section aria-labelledby="sources-chart" className="mt-8">
            <h2 id="sources-chart" className="text-lg font-semibold">{t('index.chart.heading')}</h2>
            <p className="mt-1 max-w-3xl text-sm text-stone-700">{t('index.chart.intro', { plotted: plotted.length, total: sources.length })}</p>
            {plotted.length === 0 ? (
              <p className="mt-2 text-stone-700">{t('index.chart.none', { minimum: MINIMUM_ARTICLES })}</p>
            ) : (
              // The chart's axes run left to right in every language; only its words are translated.
              <div dir="ltr">
                <IntervalChart
                  title={t('index.chart.title')}
                  description={t('index.chart.description', { count: plotted.length })}
                  xLabel={t('index.chart.xLabel')}
                  yLabel={t('index.chart.yLabel')}
                  points={plotted.map((source) => ({
                    id: source.id,
                    label: source.name,
                    x: source.reliability.articlesReviewed,
                    y: source.reliability.unsupportedShare!,
                    low: source.reliability.interval!.low,
                    high: source.reliability.interval!.high,
                    basis: t('index.chart.basis', { count: source.reliability.claimBearingArticles }),
                    href: `/sources/${source.id}`,
                  }))}
                />
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
}
