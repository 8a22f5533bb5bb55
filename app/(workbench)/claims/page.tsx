import type { Metadata } from 'next';
import { listClaims } from '@/lib/server/data/claims/list-claims';
import { requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Claims' };

export default async function ClaimsPage() {
  const actor = await requirePageActor('claims:read', '/claims');
  const claims = await listClaims(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Claims</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        A claim is checked once wherever it appears. Link passages to claims from an article&apos;s consensus page (&ldquo;Link to claim&rdquo;); a claim&apos;s verdict carries to every appearance.
        Appearances are counted in your projects only.
      </p>
      {claims.length === 0 ? (
        <p className="mt-4">No claims yet.</p>
      ) : (
        <table className="mt-4 w-full text-start text-sm">
          <thead>
            <tr>
              <th className="py-1">Claim</th>
              <th className="py-1">Appearances</th>
              <th className="py-1">Verdict</th>
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
                <td className="py-1">{claim.appearanceCount}</td>
                <td className="py-1">{claim.verdict?.ratingName ?? 'None yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
