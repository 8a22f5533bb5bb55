import { useFormatter, useTranslations } from 'next-intl';
import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StatusBadge } from '@/components/articles/status-badge';
import { IntervalChart } from '@/components/charts/interval-chart';
import { type Formatter, formatAlpha, formatShare, notEnoughData, reliabilityDefinitions, shareWithInterval } from '@/components/sources/reliability-text';
import { DataTable, ROW_CLASS } from '@/components/ui/data-table';
import { isAppError } from '@/lib/errors';
import { getSource } from '@/lib/server/data/sources/get-source';
import { can, requirePageActor } from '@/lib/server/guards';
import type { SourceDetail } from '@/lib/views/source-views';
import { LABELS } from '@/lib/vocabulary';

export async function generateMetadata() {
  const t = await getTranslations('sources');
  return { title: t('profile.title') };
}

type Props = { params: Promise<{ id: string }> };

/** A calendar date of an ISO instant in the interface's language ("Jan 17, 2025"), or `none` when there is none. */
function day(format: Formatter, iso: string | null, none: string): string {
  return iso ? format.dateTime(new Date(iso), 'date') : none;
}

/** A trend period ("2025-01") as its month in the interface's language ("Jan 2025"). */
function month(format: Formatter, period: string): string {
  return format.dateTime(new Date(`${period}-01T00:00:00Z`), 'month');
}

/** One outlet: its reliability profile from the published articles in the caller's projects, and its articles there. */
export default async function SourcePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('articles:read', `/sources/${id}`);
  const source = await getSource(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const [t, format] = await Promise.all([getTranslations('sources'), getFormatter()]);
  const { reliability } = source;
  return (
    <>
      <p className="text-sm"><Link href="/sources" className="text-blue-900 underline">{t('profile.backToSources')}</Link></p>
      <h1 className="mt-1 text-2xl font-bold">{source.name}</h1>
      <p className="mt-2 text-stone-700">
        {source.domains.length > 0 ? source.domains.join(', ') : t('profile.noDomain')}
        {source.country ? t('profile.country', { country: source.country }) : ''}
      </p>
      {source.notes && <p className="mt-2 max-w-3xl whitespace-pre-line text-stone-700">{source.notes}</p>}

      <section aria-labelledby="reliability" className="mt-6 rounded border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="reliability" className="text-lg font-semibold">{t('profile.headline.heading')}</h2>
        <p className="mt-2 text-2xl font-bold tabular-nums" data-figure="unsupported-share">{shareWithInterval(t, format, reliability)}</p>
        <p className="mt-1 text-sm text-stone-700" data-figure="basis">
          {t('profile.headline.basis', {
            unsupported: reliability.unsupportedChars,
            claimBearing: reliability.claimBearingChars,
            articles: reliability.claimBearingArticles,
            reviewed: reliability.articlesReviewed,
          })}
        </p>
        <ul className="mt-3 max-w-3xl list-disc space-y-1 ps-5 text-sm text-stone-700">
          {reliabilityDefinitions(t).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
        <p className="mt-3 flex gap-4 text-sm">
          <a href={`/api/sources/${source.id}/export?format=csv`} download className="text-blue-900 underline">{t('profile.headline.downloadCsv')}</a>
          <a href={`/api/sources/${source.id}/export?format=json`} download className="text-blue-900 underline">{t('profile.headline.downloadJson')}</a>
        </p>
      </section>

      <LabelMix source={source} />
      <Trend source={source} />
      <PerArticle source={source} />
      <Claims source={source} shown={can(actor, 'claims:read')} />
      <Agreement source={source} />
      <Signals source={source} />
      <ArticleList source={source} />
    </>
  );
}

function ArticleList({ source }: { source: SourceDetail }) {
  const t = useTranslations('sources.profile.articles');
  const format = useFormatter();
  const columns = [{ label: t('column.article') }, { label: t('column.byline') }, { label: t('column.published') }, { label: t('column.status') }];
  return (
    <>
      <h2 className="mt-8 text-lg font-semibold">{t('heading')}</h2>
      {source.articleList.length === 0 ? (
        <p className="mt-2 text-stone-700">{t('empty')}</p>
      ) : (
        <DataTable caption={t('caption', { source: source.name })} columns={columns} className="mt-2">
          {source.articleList.map((article) => (
            <tr key={article.id} className={ROW_CLASS}>
              <td className="p-3"><Link href={`/articles/${article.id}`} className="font-medium text-blue-900 hover:underline">{article.title}</Link></td>
              <td className="p-3 text-stone-700">{article.byline ?? t('none')}</td>
              <td className="p-3 tabular-nums">{day(format, article.publishedAt, t('none'))}</td>
              <td className="p-3"><StatusBadge status={article.status} /></td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

function LabelMix({ source }: { source: SourceDetail }) {
  const t = useTranslations('sources.profile.labelMix');
  const common = useTranslations('common');
  const format = useFormatter();
  const columns = [{ label: t('column.label') }, { label: t('column.passages'), numeric: true }, { label: t('column.characters'), numeric: true }];
  return (
    <section aria-labelledby="label-mix" className="mt-8">
      <h2 id="label-mix" className="text-lg font-semibold">{t('heading')}</h2>
      <p className="mt-1 text-sm text-stone-700">{t('intro', { count: source.reliability.articlesReviewed })}</p>
      <DataTable caption={t('caption')} columns={columns} compact className="mt-2 max-w-xl">
        {LABELS.map((label) => (
          <tr key={label} className={ROW_CLASS}>
            <th scope="row" className="p-2 font-medium">{common(`label.${label}`)}</th>
            <td className="p-2 text-end tabular-nums">{format.number(source.profile.labelMix[label].passages)}</td>
            <td className="p-2 text-end tabular-nums">{format.number(source.profile.labelMix[label].characters)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function Trend({ source }: { source: SourceDetail }) {
  const t = useTranslations('sources');
  const format = useFormatter();
  const { trend } = source.profile;
  const plotted = trend.map((point, index) => ({ point, index })).filter(({ point }) => point.unsupportedShare !== null && point.interval !== null);
  const columns = [{ label: t('profile.trend.column.month') }, { label: t('profile.trend.column.articles'), numeric: true }, { label: t('profile.trend.column.share'), numeric: true }];
  return (
    <section aria-labelledby="trend" className="mt-8">
      <h2 id="trend" className="text-lg font-semibold">{t('profile.trend.heading')}</h2>
      <p className="mt-1 text-sm text-stone-700">{t('profile.trend.intro', { minimum: source.reliability.minimumArticles })}</p>
      {trend.length === 0 ? (
        <p className="mt-2 text-stone-700">{t('profile.trend.empty')}</p>
      ) : (
        <>
          {plotted.length > 0 && (
            // The chart's axes run left to right in every language; only its words are translated.
            <div dir="ltr">
              <IntervalChart
                title={t('profile.trend.chartTitle', { source: source.name })}
                description={t('profile.trend.chartDescription', { plotted: plotted.length, months: trend.length })}
                xLabel={t('profile.trend.xLabel')}
                yLabel={t('profile.trend.yLabel')}
                xTicks={trend.map((point, index) => ({ x: index, label: month(format, point.period) }))}
                points={plotted.map(({ point, index }) => ({
                  id: point.period,
                  label: month(format, point.period),
                  x: index,
                  y: point.unsupportedShare!,
                  low: point.interval!.low,
                  high: point.interval!.high,
                  basis: t('profile.trend.basis', { count: point.articles }),
                }))}
              />
            </div>
          )}
          <DataTable caption={t('profile.trend.caption')} columns={columns} compact className="mt-2 max-w-xl">
            {trend.map((point) => (
              <tr key={point.period} className={ROW_CLASS}>
                <th scope="row" className="p-2 font-medium tabular-nums"><time dateTime={point.period}>{month(format, point.period)}</time></th>
                <td className="p-2 text-end tabular-nums">{format.number(point.articles)}</td>
                <td className="p-2 text-end tabular-nums">
                  {point.unsupportedShare !== null && point.interval
                    ? t('profile.trend.shareWithRange', { share: formatShare(format, point.unsupportedShare), low: formatShare(format, point.interval.low), high: formatShare(format, point.interval.high) })
                    : notEnoughData(t, { claimBearingArticles: point.claimBearingArticles, minimumArticles: source.reliability.minimumArticles })}
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
  const t = useTranslations('sources');
  const common = useTranslations('common');
  const format = useFormatter();
  const { perArticle } = source.profile;
  const none = t('profile.articles.none');
  const columns = [
    { label: t('profile.perArticle.column.article') },
    { label: t('profile.perArticle.column.published') },
    { label: t('profile.perArticle.column.verdictsPublished') },
    { label: t('profile.perArticle.column.claimBearing'), numeric: true },
    { label: t('profile.perArticle.column.unsupported'), numeric: true },
    { label: t('profile.perArticle.column.share'), numeric: true },
    { label: t('profile.perArticle.column.alpha'), numeric: true },
  ];
  return (
    <section aria-labelledby="per-article" className="mt-8">
      <h2 id="per-article" className="text-lg font-semibold">{t('profile.perArticle.heading')}</h2>
      {perArticle.length === 0 ? (
        <p className="mt-2 text-stone-700">{t('profile.perArticle.empty', { notEnoughData: notEnoughData(t, source.reliability) })}</p>
      ) : (
        <DataTable caption={t('profile.perArticle.caption', { source: source.name })} columns={columns} compact className="mt-2">
          {perArticle.map((article) => (
            <tr key={article.articleId} className={ROW_CLASS}>
              <td className="p-2"><Link href={`/articles/${article.articleId}`} className="text-blue-900 hover:underline">{article.title}</Link></td>
              <td className="p-2 tabular-nums">{day(format, article.publishedAt, none)}</td>
              <td className="p-2 tabular-nums">{day(format, article.verdictsPublishedAt, none)}</td>
              <td className="p-2 text-end tabular-nums">{format.number(article.claimBearingChars)}</td>
              <td className="p-2 text-end tabular-nums">{format.number(article.unsupportedChars)}</td>
              <td className="p-2 text-end tabular-nums">{article.unsupportedShare === null ? t('profile.perArticle.noClaimBearingText') : formatShare(format, article.unsupportedShare)}</td>
              <td className="p-2 text-end tabular-nums">{formatAlpha(format, article.alpha, common('notDefined'))}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function Claims({ source, shown }: { source: SourceDetail; shown: boolean }) {
  const t = useTranslations('sources.profile.claims');
  const format = useFormatter();
  const { claims } = source.profile;
  const columns = [{ label: t('column.claim') }, { label: t('column.verdict') }, { label: t('column.appearances'), numeric: true }];
  return (
    <section aria-labelledby="claims" className="mt-8">
      <h2 id="claims" className="text-lg font-semibold">{t('heading')}</h2>
      {!shown ? (
        <p className="mt-2 text-sm text-stone-700">{t('notShown')}</p>
      ) : claims.length === 0 ? (
        <p className="mt-2 text-stone-700">{t('empty')}</p>
      ) : (
        <DataTable caption={t('caption', { source: source.name })} columns={columns} compact className="mt-2">
          {claims.map((claim) => (
            <tr key={claim.claimId} className={ROW_CLASS}>
              <td className="p-2"><Link href={`/claims/${claim.claimId}`} className="text-blue-900 hover:underline">{claim.text}</Link></td>
              <td className="p-2">{claim.verdict ? claim.verdict.ratingName || claim.verdict.rating : t('noVerdict')}</td>
              <td className="p-2 text-end tabular-nums">{format.number(claim.appearances)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function Agreement({ source }: { source: SourceDetail }) {
  const t = useTranslations('sources.profile.agreement');
  const common = useTranslations('common');
  const format = useFormatter();
  const { agreement } = source.profile;
  const alpha = (value: number | null) => formatAlpha(format, value, common('notDefined'));
  return (
    <section aria-labelledby="agreement" className="mt-8">
      <h2 id="agreement" className="text-lg font-semibold">{t('heading')}</h2>
      <p className="mt-1 max-w-3xl text-sm text-stone-700">{t('intro')}</p>
      {agreement.articles === 0 ? (
        <p className="mt-2 text-stone-700">{t('notDefined')}</p>
      ) : (
        <p className="mt-2" data-figure="agreement">
          {t('summary', { median: alpha(agreement.median), count: agreement.articles, mean: alpha(agreement.mean), min: alpha(agreement.min), max: alpha(agreement.max) })}
        </p>
      )}
    </section>
  );
}

function Signals({ source }: { source: SourceDetail }) {
  const t = useTranslations('sources.profile.signals');
  const signals = source.profile.signals.filter((signal) => signal.articles > 0);
  return (
    <section aria-labelledby="signals" className="mt-8">
      <h2 id="signals" className="text-lg font-semibold">{t('heading')}</h2>
      {signals.length === 0 ? (
        <p className="mt-2 text-stone-700">{t('empty')}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {signals.map((signal) => (
            <li key={signal.key}>
              <span className="font-medium">{signal.question}</span>{' '}
              <span className="text-stone-700">
                {t('summary', {
                  count: signal.articles,
                  answers: signal.consensus.map((option) => t('answer', { label: option.label, count: option.count })).join(t('answerSeparator')),
                  noMajority: signal.noMajority,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
