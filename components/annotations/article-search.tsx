'use client';
// Search within the article: a box above the text that marks every match
// (case-insensitive, lib/anchoring/find-text-matches) and moves between them —
// Enter the next, Shift + Enter the previous, Escape clears — saying "k of n".
// "/" anywhere on the page (when not typing) puts focus in the box. The marks
// are drawn by the annotator as decorations; this only finds and counts.
import { useTranslations } from '@/components/i18n/kept-translations';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { findTextMatches, matchAtOrAfter, SEARCH_QUERY_MAX, stepMatch } from '@/lib/anchoring/find-text-matches';
import type { SearchMarks } from '../editor/highlight-extension';
import { hasCommandModifier, isTypingTarget } from '../layout/typing-target';

type Props = {
  text: string;
  onChange(marks: SearchMarks): void;
  /** Whether "/" may focus this box (false while its tab is hidden). */
  enabled?: boolean;
};

export function ArticleSearch({ text, onChange, enabled = true }: Props) {
  const t = useTranslations('annotations.search');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState<number | null>(null);
  const result = useMemo(() => findTextMatches(text, query), [text, query]);

  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  useEffect(() => {
    onChangeRef.current({ matches: result.matches, current });
  }, [result, current]);

  const enabledRef = useRef(enabled);
  useEffect(() => {
    enabledRef.current = enabled;
  }, [enabled]);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!enabledRef.current) return;
      if (event.key !== '/' || event.defaultPrevented || hasCommandModifier(event) || isTypingTarget(event.target as HTMLElement | null)) return;
      if ((event.target as HTMLElement | null)?.closest?.('[role="dialog"]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  function search(next: string) {
    setQuery(next);
    // Keep the reader's place: the first match at or after the one they were on.
    const previous = current === null ? 0 : (result.matches[current]?.start ?? 0);
    setCurrent(matchAtOrAfter(findTextMatches(text, next).matches, previous));
  }

  const searching = query.trim() !== '';
  const total = result.matches.length;
  const more = result.truncated ? 'yes' : 'no';
  // "3 of 12", "1,000+ matches", "No matches".
  const standing = total === 0 ? t('none') : current === null ? t('count', { total, more }) : t('position', { position: current + 1, total, more });
  return (
    <div role="search" aria-label={t('name')} className="mb-4 flex flex-wrap items-end gap-2">
      <label htmlFor={`${id}-query`} className="block text-sm font-medium text-stone-800">
        {t('label')} <span className="font-normal text-stone-700">{t('hint')}</span>
        <input
          ref={input}
          id={`${id}-query`}
          type="search"
          value={query}
          maxLength={SEARCH_QUERY_MAX}
          autoComplete="off"
          aria-describedby={`${id}-count`}
          onChange={(event) => search(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              setCurrent(stepMatch(result.matches.length, current, event.shiftKey ? -1 : 1));
            } else if (event.key === 'Escape' && query) {
              event.preventDefault();
              search('');
            }
          }}
          className="mt-1 block w-72 rounded border border-stone-400 bg-white px-3 py-1.5 text-base"
        />
      </label>
      <button type="button" disabled={result.matches.length === 0} onClick={() => setCurrent(stepMatch(result.matches.length, current, -1))} className="rounded border border-stone-400 bg-white px-3 py-1.5 text-sm disabled:opacity-60">
        {t('previous')}
      </button>
      <button type="button" disabled={result.matches.length === 0} onClick={() => setCurrent(stepMatch(result.matches.length, current, 1))} className="rounded border border-stone-400 bg-white px-3 py-1.5 text-sm disabled:opacity-60">
        {t('next')}
      </button>
      <p id={`${id}-count`} role="status" className="min-w-24 pb-2 text-sm text-stone-800">{searching ? standing : ''}</p>
    </div>
  );
}
