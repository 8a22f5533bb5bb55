import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimVerdictForm } from '@/components/claims/claim-verdict-form';
import { isAppError } from '@/lib/errors';
import { getClaim } from '@/lib/server/data/claims/get-claim';
import { listRatingScale } from '@/lib/server/data/claims/list-claim-rating-scale';
import { requirePageActor } from '@/lib/server/guards';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('claims.claim');
  return { title: t('title') };
}

type Props = { params: Promise<{ id: string }> };

export default async function ClaimPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('claims:read', `/claims/${id}`);
  const claim = await getClaim(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const [scale, t, format] = await Promise.all([listRatingScale(), getTranslations('claims.claim'), getFormatter()]);
  return (
    <>
      <p className="text-sm">
        <Link className="text-blue-900 underline" href="/claims">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{claim.text}</h1>
      <p className="mt-1 text-sm text-stone-700">
        {claim.verdict ? t('verdict', { rating: claim.verdict.ratingName, explanation: claim.verdict.explanation, by: claim.verdict.by.name }) : t('noVerdict')} ·{' '}
        <a className="text-blue-900 underline" href={`/api/claims/${claim.id}/export?format=claimreview`}>
          {t('claimReview')}
        </a>
      </p>
      <h2 className="mt-4 text-lg font-semibold">{t('appearances', { count: claim.appearances.length })}</h2>
      {claim.appearances.length === 0 ? (
        <p>{t('noAppearances')}</p>
      ) : (
        <table className="mt-2 w-full text-start text-sm">
          <thead>
            <tr>
              <th className="py-1">{t('column.article')}</th>
              <th className="py-1">{t('column.outlet')}</th>
              <th className="py-1">{t('column.date')}</th>
              <th className="py-1">{t('column.passage')}</th>
              <th className="py-1">{t('column.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {claim.appearances.map((appearance) => (
              <tr key={appearance.id} className="border-t border-stone-200 align-top">
                <td className="py-1">
                  <a className="text-blue-900 underline" href={`/articles/${appearance.articleId}/consensus`}>
                    {appearance.articleTitle}
                  </a>
                </td>
                <td className="py-1">{appearance.source?.name ?? t('unknown')}</td>
                <td className="py-1">{appearance.publishedAt ? <time dateTime={appearance.publishedAt}>{format.dateTime(new Date(appearance.publishedAt), 'date')}</time> : t('unknown')}</td>
                <td className="py-1 font-serif">{appearance.exact}</td>
                {/* The claim's verdict carries to every appearance. */}
                <td className="py-1">{claim.verdict?.ratingName ?? t('noneYet')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="mt-4 text-lg font-semibold">{claim.verdict ? t('change') : t('rule')}</h2>
      <ClaimVerdictForm claimId={claim.id} ratingScale={scale} verdict={claim.verdict} />
    </>
  );
}
