import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { listClaims } from '@/lib/server/data/claims/list-claims';
import { requirePageActor } from '@/lib/server/guards';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('claims');
  return { title: t('title') };
}

export default async function ClaimsPage() {
  const actor = await requirePageActor('claims:read', '/claims');
  const [claims, t, format] = await Promise.all([listClaims(actor), getTranslations('claims'), getFormatter()]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t('intro')}</p>
      {claims.length === 0 ? (
        <p className="mt-4">{t('none')}</p>
      ) : (
        <table className="mt-4 w-full text-start text-sm">
          <thead>
            <tr>
              <th className="py-1">{t('column.claim')}</th>
              <th className="py-1">{t('column.appearances')}</th>
              <th className="py-1">{t('column.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} className="border-t border-stone-200">
                <td className="py-1">
                  <a className="text-blue-900 underline" href={`/claims/${claim.id}`}>
                    {claim.text}
                  </a>
                </td>
                <td className="py-1">{format.number(claim.appearanceCount)}</td>
                <td className="py-1">{claim.verdict?.ratingName ?? t('noVerdict')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
