'use client';
// On the consensus page, per passage: "Link to claim" asks PostgreSQL which desk claims the
// passage likely states (GET /api/articles/<id>/claim-suggestions), and the editor links it to
// one of them or makes a new claim from the passage (text editable before it is made).
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ClaimSuggestion } from '@/lib/views/claim-views';
import { apiRequest, errorMessage } from '../api/api-request';

type Props = { articleId: string; passage: { start: number; end: number; exact: string } };

export function LinkToClaim({ articleId, passage }: Props) {
  const [suggestions, setSuggestions] = useState<ClaimSuggestion[] | null>(null);
  const [text, setText] = useState(passage.exact);
  const [status, setStatus] = useState<{ linked?: { claimId: string; text: string }; error?: string }>({});
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const t = useTranslations('claims.link');
  const format = useFormatter();

  async function open() {
    setBusy(true);
    try {
      const answer = await apiRequest<{ suggestions: ClaimSuggestion[] }>('GET', `/api/articles/${encodeURIComponent(articleId)}/claim-suggestions?start=${passage.start}&end=${passage.end}`);
      setSuggestions(answer.suggestions);
      setStatus({});
    } catch (error) {
      setStatus({ error: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  async function link(claim: { claimId: string; text: string }) {
    setBusy(true);
    try {
      await apiRequest('POST', `/api/claims/${encodeURIComponent(claim.claimId)}/appearances`, { articleId, start: passage.start, end: passage.end });
      setStatus({ linked: claim });
      // The passage now carries the claim (and its verdict): read the page afresh.
      router.refresh();
    } catch (error) {
      setStatus({ error: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  async function createAndLink() {
    setBusy(true);
    try {
      const { claim } = await apiRequest<{ claim: { id: string; text: string } }>('POST', '/api/claims', { text });
      setBusy(false);
      await link({ claimId: claim.id, text: claim.text });
    } catch (error) {
      setStatus({ error: errorMessage(error) });
      setBusy(false);
    }
  }

  const { linked } = status;
  if (linked) {
    return (
      <p className="text-sm" role="status">
        {t.rich('linked', {
          claim: linked.text,
          link: (chunks) => <a className="text-blue-900 underline" href={`/claims/${encodeURIComponent(linked.claimId)}`}>{chunks}</a>,
        })}
      </p>
    );
  }
  return (
    <section aria-label={t('section')} className="space-y-2">
      {suggestions === null ? (
        <button type="button" className="rounded border border-stone-400 px-2 py-1 text-sm" onClick={open} disabled={busy}>
          {t('open')}
        </button>
      ) : (
        <>
          <h4 className="font-semibold">{t('heading')}</h4>
          {suggestions.length === 0 ? (
            <p className="text-sm text-stone-700">{t('noSuggestions')}</p>
          ) : (
            <ul className="space-y-1">
              {suggestions.map((suggestion) => (
                <li key={suggestion.claimId} className="flex items-start gap-2 text-sm">
                  <button type="button" className="rounded border border-stone-400 px-2 py-0.5" onClick={() => link(suggestion)} disabled={busy} aria-label={t('linkTo', { claim: suggestion.text })}>
                    {t('link')}
                  </button>
                  <span>
                    {suggestion.text} <span className="text-stone-700">{t('match', { score: format.number(suggestion.score, { style: 'percent', maximumFractionDigits: 0 }) })}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              void createAndLink();
            }}
          >
            <label className="flex grow flex-col text-sm">
              {t('newClaim')}
              <input className="rounded border border-stone-400 px-2 py-1" value={text} maxLength={1000} onChange={(event) => setText(event.target.value)} />
            </label>
            <button type="submit" className="rounded bg-stone-800 px-2 py-1 text-sm text-white" disabled={busy || !text.trim()}>
              {t('create')}
            </button>
          </form>
        </>
      )}
      {status.error && (
        <p className="text-sm text-red-800" role="alert">
          {status.error}
        </p>
      )}
    </section>
  );
}
