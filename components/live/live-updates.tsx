'use client';
// Keeps a server-rendered page current: follows GET /api/events and, when something the page
// shows changed, re-renders it from the server (router.refresh(), which keeps client state such
// as an open form). Changes are gathered for a moment so a burst (a revision touching many
// annotations) costs one refresh, and a page refreshes at most once a second; given
// `submittedReviewers`, a pending reviewer's draft waits longer (refresh-delay.ts: the slow lane).
// Inside a DraftRefreshContext (the consensus page), a refresh that folds in drafts only calls it
// instead of re-rendering the page. After a reconnection (`ready` again) the page refreshes too,
// since changes made while it was away were not told. With `presence`, it joins the article's
// consensus-page presence list and shows who else has the page open.
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { useContext, useEffect, useRef, useState } from 'react';
import type { LiveChangeEvent, PresentPerson } from '@/lib/views/live-views';
import { DraftRefreshContext } from './draft-refresh';
import { laneOf, refreshScheduler } from './refresh-delay';

const FIRST_REOPEN_MS = 5_000;
const LAST_REOPEN_MS = 60_000;

type Props = {
  /** Follow one article; without it, every article of the caller's projects. */
  article?: string;
  /** Join and show the article's consensus-page presence (the desk's pages only). */
  presence?: boolean;
  /** The reviewers whose review the page shows (the consensus page's submitted ones): others' annotation changes are drafts. */
  submittedReviewers?: readonly string[];
};

export function LiveUpdates({ article, presence = false, submittedReviewers }: Props) {
  const t = useTranslations('live.presence');
  const format = useFormatter();
  const router = useRouter();
  const [people, setPeople] = useState<PresentPerson[]>([]);
  // Read by the stream's handler when a change comes: a new list (after a refresh) must not reopen the stream.
  const submitted = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    submitted.current = submittedReviewers ? new Set(submittedReviewers) : null;
  }, [submittedReviewers]);
  const refreshDrafts = useContext(DraftRefreshContext);
  const draftRefresh = useRef(refreshDrafts);
  useEffect(() => {
    draftRefresh.current = refreshDrafts;
  }, [refreshDrafts]);

  useEffect(() => {
    const query = new URLSearchParams();
    if (article) query.set('article', article);
    if (article && presence) query.set('presence', '1');
    const url = `/api/events${query.size > 0 ? `?${query}` : ''}`;
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let reopenMs = FIRST_REOPEN_MS;
    let connected = false;
    const scheduler = refreshScheduler((lane) => {
      if (lane === 'draft' && draftRefresh.current) void draftRefresh.current();
      else router.refresh();
    });
    const open = () => {
      const current = new EventSource(url);
      source = current;
      current.addEventListener('change', (event) => scheduler.ask(laneOf(JSON.parse((event as MessageEvent<string>).data) as LiveChangeEvent, submitted.current)));
      current.addEventListener('ready', () => {
        reopenMs = FIRST_REOPEN_MS;
        if (connected) scheduler.ask();
        connected = true;
      });
      current.addEventListener('presence', (event) => setPeople((JSON.parse((event as MessageEvent<string>).data) as { people: PresentPerson[] }).people));
      // EventSource retries a dropped stream by itself, but gives up on an error status (503 while
      // the database is away, 429): open a new one a little later each time.
      current.addEventListener('error', () => {
        if (current.readyState !== EventSource.CLOSED || source !== current) return;
        reopen = setTimeout(open, reopenMs);
        reopenMs = Math.min(reopenMs * 2, LAST_REOPEN_MS);
      });
    };
    open();
    return () => {
      scheduler.cancel();
      clearTimeout(reopen);
      source?.close();
    };
  }, [article, presence, router]);

  if (!presence) return null;
  return (
    <p role="status" aria-label={t('label')} className="text-sm text-stone-700">
      {people.length === 0 ? t('alone') : t('others', { names: format.list(people.map((person) => person.name), { type: 'unit' }) })}
    </p>
  );
}
