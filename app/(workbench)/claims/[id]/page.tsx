import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimVerdictForm } from '@/components/claims/claim-verdict-form';
import { isAppError } from '@/lib/errors';
import { getClaim } from '@/lib/server/data/claims/get-claim';
import { listRatingScale } from '@/lib/server/data/claims/list-claim-rating-scale';
import { requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Claim' };

type Props = { params: Promise<{ id: string }> };

export default async function ClaimPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('claims:read', `/claims/${id}`);
  const claim = await getClaim(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const scale = await listRatingScale();
  return (
    <>
      <p className="text-sm">
        <Link className="text-blue-900 underline" href="/claims">
          Claims
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{claim.text}</h1>
      <p className="mt-1 text-sm text-stone-700">
        Verdict: {claim.verdict ? `${claim.verdict.ratingName} — ${claim.verdict.explanation} (${claim.verdict.by.name})` : 'none yet'} ·{' '}
        <a className="text-blue-900 underline" href={`/api/claims/${claim.id}/export?format=claimreview`}>
          ClaimReview
        </a>
      </p>
      <h2 className="mt-4 text-lg font-semibold">Appearances ({claim.appearances.length})</h2>
      {claim.appearances.length === 0 ? (
        <p>None in your projects.</p>
      ) : (
        <table className="mt-2 w-full text-start text-sm">
          <thead>
            <tr>
              <th className="py-1">Article</th>
              <th className="py-1">Outlet</th>
              <th className="py-1">Date</th>
              <th className="py-1">Passage</th>
              <th className="py-1">Verdict</th>
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
                <td className="py-1">{appearance.source?.name ?? 'unknown'}</td>
                <td className="py-1">{appearance.publishedAt ? appearance.publishedAt.slice(0, 10) : 'unknown'}</td>
                <td className="py-1 font-serif">{appearance.exact}</td>
                {/* The claim's verdict carries to every appearance. */}
                <td className="py-1">{claim.verdict?.ratingName ?? 'none yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="mt-4 text-lg font-semibold">{claim.verdict ? 'Change the verdict' : 'Rule on the claim'}</h2>
      <ClaimVerdictForm claimId={claim.id} ratingScale={scale} verdict={claim.verdict} />
    </>
  );
}
