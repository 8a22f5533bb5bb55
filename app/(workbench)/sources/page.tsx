import type { Metadata } from 'next';
import { IntervalChart } from '@/components/charts/interval-chart';
import { SourcesTable } from '@/components/sources/sources-table';
import { RELIABILITY_DEFINITIONS } from '@/components/sources/reliability-text';
import { listSources } from '@/lib/server/data/sources/list-sources';
import { requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Sources' };

/** A download from the API, not a page: a plain link. */
const EXPORT_PATH = '/api/sources/export';

/** The desk's outlets compared: reliability figures from the published articles in the caller's projects. */
export default async function SourcesPage() {
  const actor = await requirePageActor('articles:read', '/sources');
  const sources = await listSources(actor);
  const plotted = sources.filter((source) => source.reliability.enoughData && source.reliability.interval);
  return (
    <>
      <h1 className="text-2xl font-bold">Sources</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        The outlets the desk&apos;s articles come from, compared by the share of their claim-bearing text the desk found unsupported. Figures are from the published articles in the
        projects you work in.
      </p>
      <details className="mt-3 max-w-3xl text-sm text-stone-700">
        <summary className="cursor-pointer font-medium">How the figures are made</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {RELIABILITY_DEFINITIONS.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </details>
      <p className="mt-3 flex gap-4 text-sm">
        <a href={`${EXPORT_PATH}?format=csv`} download className="text-blue-900 underline">Download CSV</a>
        <a href={`${EXPORT_PATH}?format=json`} download className="text-blue-900 underline">Download JSON</a>
      </p>
      {sources.length === 0 ? (
        <p className="mt-6 text-stone-700">No sources yet: importing a page from an outlet adds it.</p>
      ) : (
        <>
          <SourcesTable sources={sources} />
          <section aria-labelledby="sources-chart" className="mt-8">
            <h2 id="sources-chart" className="text-lg font-semibold">Unsupported share against articles reviewed</h2>
            <p className="mt-1 max-w-3xl text-sm text-stone-700">
              Each point is a source with enough data ({plotted.length} of {sources.length}); the bar is its 95% interval, which narrows as more of its articles are reviewed. The table above
              has the same figures.
            </p>
            {plotted.length === 0 ? (
              <p className="mt-2 text-stone-700">No source has enough data yet (3 published articles with claim-bearing text).</p>
            ) : (
              <IntervalChart
                title="Unsupported share of claim-bearing text by source"
                description={`Unsupported share (y, 0–100%) with its 95% article-bootstrap interval against the number of published articles reviewed (x), for ${plotted.length} sources.`}
                xLabel="Articles reviewed"
                yLabel="Unsupported share"
                points={plotted.map((source) => ({
                  id: source.id,
                  label: source.name,
                  x: source.reliability.articlesReviewed,
                  y: source.reliability.unsupportedShare!,
                  low: source.reliability.interval!.low,
                  high: source.reliability.interval!.high,
                  basis: `${source.reliability.claimBearingArticles} articles with claim-bearing text`,
                  href: `/sources/${source.id}`,
                }))}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
