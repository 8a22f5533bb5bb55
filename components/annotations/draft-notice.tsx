'use client';
// Says that an unsaved annotation draft was brought back, from when, and what
// became of it; Discard throws it away. When the article was revised since the
// draft was made, the draft is not placed on the new text: the notice says so
// and the reader chooses where it belongs.
type Props = {
  savedAt: string;
  /** Set when the draft could not be placed: the revision it was made on, the current one, and the words it was on. */
  stale?: { revision: number; currentRevision: number; exact: string } | null;
  onDiscard(): void;
};

export function DraftNotice({ savedAt, stale, onDiscard }: Props) {
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(savedAt));
  return (
    <div role="status" className="rounded border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950" data-testid="draft-notice">
      <p>
        Restored your unsaved annotation draft from <time dateTime={savedAt}>{when}</time>.
        {stale && (
          <>
            {' '}
            {stale.revision === stale.currentRevision
              ? 'The passage it was on no longer reads the same'
              : `The article has been revised since (the draft was made on revision ${stale.revision}, the text is now revision ${stale.currentRevision})`}
            , so it is not placed on the text. It was on: <q dir="auto" className="break-words">{stale.exact.length > 160 ? `${stale.exact.slice(0, 160)}…` : stale.exact}</q>. Select
            the passage again and choose a label: the form opens with your rationale, evidence and confidence.
          </>
        )}
      </p>
      <button type="button" onClick={onDiscard} className="mt-1 font-medium underline">Discard draft</button>
    </div>
  );
}
