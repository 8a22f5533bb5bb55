'use client';
// Says that an unsaved annotation draft was brought back, from when, and what
// became of it; Discard throws it away. When the article was revised since the
// draft was made, the draft is not placed on the new text: the notice says so
// and the reader chooses where it belongs.
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import type { ReactNode } from 'react';

type Props = {
  savedAt: string;
  /** Set when the draft could not be placed: the revision it was made on, the current one, and the words it was on. */
  stale?: { revision: number; currentRevision: number; exact: string } | null;
  onDiscard(): void;
};

export function DraftNotice({ savedAt, stale, onDiscard }: Props) {
  const t = useTranslations('annotations.draftNotice');
  const format = useFormatter();
  const quote = (chunks: ReactNode) => <q dir="auto" className="break-words">{chunks}</q>;
  return (
    <div role="status" className="rounded border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950" data-testid="draft-notice">
      <p>
        {t.rich('restored', { when: format.dateTime(new Date(savedAt), 'dateTime'), time: (chunks) => <time dateTime={savedAt}>{chunks}</time> })}
        {stale && (
          <>
            {' '}
            {stale.revision === stale.currentRevision
              ? t.rich('staleSameRevision', { quote: shortQuote(stale.exact), q: quote })
              : t.rich('staleRevised', { quote: shortQuote(stale.exact), revision: stale.revision, current: stale.currentRevision, q: quote })}
          </>
        )}
      </p>
      <button type="button" onClick={onDiscard} className="mt-1 font-medium underline">{t('discard')}</button>
    </div>
  );
}

/** The words the draft was on, cut short: they are there to be recognised, not read in full. */
const shortQuote = (exact: string) => (exact.length > 160 ? `${exact.slice(0, 160)}…` : exact);
