// The desk claims a passage is an appearance of, each with the claim's verdict: the
// claim is ruled once and its verdict carries to every passage that states it.
// Only on desk pages (the consensus page); reviewers never read claims.
import { useTranslations } from '@/components/i18n/kept-translations';
import type { ArticleClaimAppearance, PassageClaim } from '@/lib/consensus/passage-claims';

function ClaimVerdictLine({ claim }: { claim: PassageClaim }) {
  const t = useTranslations('claims.passage');
  return (
    <>
      <a className="text-blue-900 underline" href={`/claims/${encodeURIComponent(claim.id)}`}>
        {claim.text}
      </a>{' '}
      — {claim.verdict ? t.rich('verdict', { rating: claim.verdict.ratingName, strong: (chunks) => <span className="font-medium">{chunks}</span> }) : t('noVerdict')}
    </>
  );
}

export function PassageClaimList({ claims }: { claims: readonly PassageClaim[] }) {
  const t = useTranslations('claims.passage');
  if (claims.length === 0) return null;
  return (
    <div role="group" aria-label={t('group')} className="space-y-1 rounded border border-blue-200 bg-blue-50 p-3 text-sm">
      <h4 className="font-semibold">{t('heading', { count: claims.length })}</h4>
      <ul className="space-y-1">
        {claims.map((claim) => (
          <li key={claim.id}>
            <ClaimVerdictLine claim={claim} />
            {claim.verdict?.explanation && <p className="whitespace-pre-wrap text-stone-800">{claim.verdict.explanation}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Every claim appearance on the article, passages or not (a linked span no reviewer annotated has no passage card). */
export function ArticleClaimsPanel({ appearances }: { appearances: readonly ArticleClaimAppearance[] }) {
  const t = useTranslations('claims.passage');
  return (
    <section aria-labelledby="article-claims-heading" className="space-y-2">
      <h2 id="article-claims-heading" className="text-xl font-semibold">{t('articleHeading')}</h2>
      {appearances.length === 0 ? (
        <p className="text-sm text-stone-700">{t('articleNone')}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {appearances.map((appearance) => (
            <li key={`${appearance.claim.id}-${appearance.start}-${appearance.end}`}>
              {t.rich('appearance', {
                exact: appearance.exact,
                start: appearance.start,
                end: appearance.end,
                quote: (chunks) => <span className="font-serif">{chunks}</span>,
              })}
              <ClaimVerdictLine claim={appearance.claim} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
