import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StatusBadge } from '@/components/articles/status-badge';
import { IntervalChart } from '@/components/charts/interval-chart';
import { formatCoefficient, formatPercent } from '@/components/consensus/format-figures';
import { RELIABILITY_DEFINITIONS, notEnoughData, shareWithInterval } from '@/components/sources/reliability-text';
import { type Column, DataTable, ROW_CLASS } from '@/components/ui/data-table';
import { isAppError } from '@/lib/errors';
import { getSource } from '@/lib/server/data/sources/get-source';
import { can, requirePageActor } from '@/lib/server/guards';
import type { SourceDetail } from '@/lib/views/source-views';
import { LABELS } from '@/lib/vocabulary';

export const metadata: Metadata = { title: 'Source' };

const ARTICLE_COLUMNS: Column[] = [{ label: 'Article' }, { label: 'Byline' }, { label: 'Published' }, { label: 'Status' }];
const FIGURE_COLUMNS: Column[] = [
  { label: 'Article' },
  { label: 'Published' },
  { label: 'Verdicts published' },
  { label: 'Claim-bearing characters', numeric: true },
  { label: 'Unsupported characters', numeric: true },
  { label: 'Unsupported share', numeric: true },
  { label: 'Agreement (α)', numeric: true },
];
const MIX_COLUMNS: Column[] = [{ label: 'Final label' }, { label: 'Passages', numeric: true }, { label: 'Characters', numeric: true }];
const TREND_COLUMNS: Column[] = [{ label: 'Month' }, { label: 'Articles reviewed', numeric: true }, { label: 'Unsupported share (95% CI)', numeric: true }];
const CLAIM_COLUMNS: Column[] = [{ label: 'Claim' }, { label: 'Verdict' }, { label: 'Appearances here', numeric: true }];

type Props = { params: Promise<{ id: string }> };

/** One outlet: its reliability profile from the published articles in the caller's projects, and its articles there. */
export default async function SourcePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('articles:read', `/sources/${id}`);
  const source = await getSource(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const { reliability } = source;
  return (
    <>
      <p className="text-sm"><Link href="/sources" className="text-blue-900 underline">Sources</Link></p>
      <h1 className="mt-1 text-2xl font-bold">{source.name}</h1>
      <p className="mt-2 text-stone-700">
        {source.domains.length > 0 ? source.domains.join(', ') : 'No domain recorded'}
        {source.country ? ` · ${source.country}` : ''}
      </p>
      {source.notes && <p className="mt-2 max-w-3xl whitespace-pre-line text-stone-700">{source.notes}</p>}

      <section aria-labelledby="reliability" className="mt-6 rounded border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="reliability" className="text-lg font-semibold">Unsupported share of claim-bearing text</h2>
        <p className="mt-2 text-2xl font-bold tabular-nums" data-figure="unsupported-share">{shareWithInterval(reliability)}</p>
        <p className="mt-1 text-sm text-stone-700" data-figure="basis">
          {`${reliability.unsupportedChars} unsupported of ${reliability.claimBearingChars} claim-bearing characters, over ${reliability.claimBearingArticles} published articles with claim-bearing text (${reliability.articlesReviewed} reviewed).`}
        </p>
        <ul className="mt-3 max-w-3xl list-disc space-y-1 pl-5 text-sm text-stone-700">
          {RELIABILITY_DEFINITIONS.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
        <p className="mt-3 flex gap-4 text-sm">
          <a href={`/api/sources/${source.id}/export?format=csv`} download className="text-blue-900 underline">Download CSV (one row per article)</a>
          <a href={`/api/sources/${source.id}/export?format=json`} download className="text-blue-900 underline">Download JSON</a>
        </p>
      </section>

      <LabelMix source={source} />
      <Trend source={source} />
      <PerArticle source={source} />
      <Claims source={source} shown={can(actor, 'claims:read')} />
      <Agreement source={source} />
      <Signals source={source} />

      <h2 className="mt-8 text-lg font-semibold">All articles from this source in your projects</h2>
      {source.articleList.length === 0 ? (
        <p className="mt-2 text-stone-700">No article from this source in your projects.</p>
      ) : (
        <DataTable caption={`Articles from ${source.name} in your projects`} columns={ARTICLE_COLUMNS} className="mt-2">
          {source.articleList.map((article) => (
            <tr key={article.id} className={ROW_CLASS}>
              <td className="p-3"><Link href={`/articles/${article.id}`} className="font-medium text-blue-900 hover:underline">{article.title}</Link></td>
              <td className="p-3 text-stone-700">{article.byline ?? '—'}</td>
              <td className="p-3 tabular-nums">{article.publishedAt?.slice(0, 10) ?? '—'}</td>
              <td className="p-3"><StatusBadge status={article.status} /></td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

function LabelMix({ source }: { source: SourceDetail }) {
  return (
    <section aria-labelledby="label-mix" className="mt-8">
      <h2 id="label-mix" className="text-lg font-semibold">Passage label mix</h2>
      <p className="mt-1 text-sm text-stone-700">Consensus passages of the {source.reliability.articlesReviewed} published articles by final label; characters counted once each. Passages whose votes tie without a verdict count under none.</p>
      <DataTable caption="Passages and characters by final label" columns={MIX_COLUMNS} compact className="mt-2 max-w-xl">
        {LABELS.map((label) => (
          <tr key={label} className={ROW_CLASS}>
            <th scope="row" className="p-2 font-medium">{label}</th>
            <td className="p-2 text-end tabular-nums">{source.profile.labelMix[label].passages}</td>
            <td className="p-2 text-end tabular-nums">{source.profile.labelMix[label].characters}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function Trend({ source }: { source: SourceDetail }) {
  const { trend } = source.profile;
  const plotted = trend.map((point, index) => ({ point, index })).filter(({ point }) => point.unsupportedShare !== null && point.interval !== null);
  return (
    <section aria-labelledby="trend" className="mt-8">
      <h2 id="trend" className="text-lg font-semibold">Over time</h2>
      <p className="mt-1 text-sm text-stone-700">
        Month by month (the article&apos;s own publication date, else when the desk published its verdicts), each month figured like the source: pooled share, 95% article-bootstrap interval,
        and no figure below 3 articles with claim-bearing text.
      </p>
      {trend.length === 0 ? (
        <p className="mt-2 text-stone-700">No published article yet.</p>
      ) : (
        <>
          {plotted.length > 0 && (
            <IntervalChart
              title={`Unsupported share by month for ${source.name}`}
              description={`Unsupported share (y) with its 95% interval for each month with enough data (${plotted.length} of ${trend.length} months).`}
              xLabel="Month"
              yLabel="Unsupported share"
              xTicks={trend.map((point, index) => ({ x: index, label: point.period }))}
              points={plotted.map(({ point, index }) => ({ id: point.period, label: point.period, x: index, y: point.unsupportedShare!, low: point.interval!.low, high: point.interval!.high, basis: `${point.articles} articles` }))}
            />
          )}
          <DataTable caption="Unsupported share by month" columns={TREND_COLUMNS} compact className="mt-2 max-w-xl">
            {trend.map((point) => (
              <tr key={point.period} className={ROW_CLASS}>
                <th scope="row" className="p-2 font-medium tabular-nums">{point.period}</th>
                <td className="p-2 text-end tabular-nums">{point.articles}</td>
                <td className="p-2 text-end tabular-nums">
                  {point.unsupportedShare !== null && point.interval ? `${formatPercent(point.unsupportedShare)} (${formatPercent(point.interval.low)}–${formatPercent(point.interval.high)})` : `Not enough data (${point.claimBearingArticles} of ${source.reliability.minimumArticles} articles)`}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}

function PerArticle({ source }: { source: SourceDetail }) {
  const { perArticle } = source.profile;
  return (
    <section aria-labelledby="per-article" className="mt-8">
      <h2 id="per-article" className="text-lg font-semibold">Published articles reviewed</h2>
      {perArticle.length === 0 ? (
        <p className="mt-2 text-stone-700">{notEnoughData(source)}: no published article from this source in your projects yet.</p>
      ) : (
        <DataTable caption={`Reliability figures of each published article from ${source.name}`} columns={FIGURE_COLUMNS} compact className="mt-2">
          {perArticle.map((article) => (
            <tr key={article.articleId} className={ROW_CLASS}>
              <td className="p-2"><Link href={`/articles/${article.articleId}`} className="text-blue-900 hover:underline">{article.title}</Link></td>
              <td className="p-2 tabular-nums">{article.publishedAt?.slice(0, 10) ?? '—'}</td>
              <td className="p-2 tabular-nums">{article.verdictsPublishedAt?.slice(0, 10) ?? '—'}</td>
              <td className="p-2 text-end tabular-nums">{article.claimBearingChars}</td>
              <td className="p-2 text-end tabular-nums">{article.unsupportedChars}</td>
              <td className="p-2 text-end tabular-nums">{article.unsupportedShare === null ? 'no claim-bearing text' : formatPercent(article.unsupportedShare)}</td>
              <td className="p-2 text-end tabular-nums">{formatCoefficient(article.alpha)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function Claims({ source, shown }: { source: SourceDetail; shown: boolean }) {
  const { claims } = source.profile;
  return (
    <section aria-labelledby="claims" className="mt-8">
      <h2 id="claims" className="text-lg font-semibold">Claims adjudicated</h2>
      {!shown ? (
        <p className="mt-2 text-sm text-stone-700">Claims are the desk&apos;s: editors see here the claims linked to this source&apos;s published articles and their verdicts.</p>
      ) : claims.length === 0 ? (
        <p className="mt-2 text-stone-700">No claim is linked to a published article of this source.</p>
      ) : (
        <DataTable caption={`Claims appearing in published articles from ${source.name}`} columns={CLAIM_COLUMNS} compact className="mt-2">
          {claims.map((claim) => (
            <tr key={claim.claimId} className={ROW_CLASS}>
              <td className="p-2"><Link href={`/claims/${claim.claimId}`} className="text-blue-900 hover:underline">{claim.text}</Link></td>
              <td className="p-2">{claim.verdict ? claim.verdict.ratingName || claim.verdict.rating : 'No verdict yet'}</td>
              <td className="p-2 text-end tabular-nums">{claim.appearances}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function Agreement({ source }: { source: SourceDetail }) {
  const { agreement } = source.profile;
  return (
    <section aria-labelledby="agreement" className="mt-8">
      <h2 id="agreement" className="text-lg font-semibold">Agreement behind the figures</h2>
      <p className="mt-1 max-w-3xl text-sm text-stone-700">
        Krippendorff&apos;s alpha (nominal) of each published article&apos;s passages, as its consensus page shows it: 1 means the reviewers agreed completely on the labels, 0 no more than
        chance; Krippendorff advises relying on data from 0.800 and drawing tentative conclusions from 0.667.
      </p>
      {agreement.articles === 0 ? (
        <p className="mt-2 text-stone-700">Not defined: no published article has an alpha (it needs two reviewers who marked the same passages).</p>
      ) : (
        <p className="mt-2" data-figure="agreement">
          {`Median α ${formatCoefficient(agreement.median)} over ${agreement.articles} articles (mean ${formatCoefficient(agreement.mean)}, range ${formatCoefficient(agreement.min)} to ${formatCoefficient(agreement.max)}).`}
        </p>
      )}
    </section>
  );
}

function Signals({ source }: { source: SourceDetail }) {
  const signals = source.profile.signals.filter((signal) => signal.articles > 0);
  return (
    <section aria-labelledby="signals" className="mt-8">
      <h2 id="signals" className="text-lg font-semibold">Credibility signals</h2>
      {signals.length === 0 ? (
        <p className="mt-2 text-stone-700">No submitted answers to the credibility questions on this source&apos;s published articles.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {signals.map((signal) => (
            <li key={signal.key}>
              <span className="font-medium">{signal.question}</span>{' '}
              <span className="text-stone-700">
                {`— consensus answer over ${signal.articles} articles: ${signal.consensus.map((option) => `${option.label} ${option.count}`).join(', ')}; no majority ${signal.noMajority}.`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
