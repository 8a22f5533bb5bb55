'use client';
// The "Member" select of the assign form, with a search box above it: the
// select lists the members who may still be assigned (a page of them, by
// name) from GET /api/articles/<id>/assignable-members, fetched on mount,
// 250 ms after typing stops and whenever the article's assignments change.
// A desk of a thousand members is searched, never sent whole.
import { useTranslations } from '@/components/i18n/kept-translations';
import { useEffect, useId, useReducer, useState } from 'react';
import { MAX_MEMBER_QUERY_CHARS } from '@/lib/validation/assignments';
import type { AssignableMembersView } from '@/lib/views/assignment-views';
import { apiRequest, useErrorMessage } from '../api/api-request';
import { inputClass } from '../ui/field';

/** Typing pauses this long before the list is asked for again. */
const SEARCH_DELAY_MS = 250;

type Props = {
  articleId: string;
  /** Changes whenever someone is assigned or taken back: the list is asked for again. */
  assignmentsKey: string;
};

type Member = AssignableMembersView['members'][number];
type State = { mode: 'loading' | 'ready'; members: readonly Member[]; more: boolean } | { mode: 'failed'; message: string };
type Event = { type: 'load' } | ({ type: 'found' } & AssignableMembersView) | { type: 'fail'; message: string };

/** While a new list loads, the last one stays (the select does not empty under the pointer). */
function reduce(state: State, event: Event): State {
  if (event.type === 'load') return state.mode === 'failed' ? { mode: 'loading', members: [], more: false } : { ...state, mode: 'loading' };
  if (event.type === 'found') return { mode: 'ready', members: event.members, more: event.more };
  return { mode: 'failed', message: event.message };
}

export function MemberPicker({ articleId, assignmentsKey }: Props) {
  const t = useTranslations('assignments.panel');
  const describeError = useErrorMessage();
  const id = useId();
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  const [chosen, setChosen] = useState('');
  const [state, dispatch] = useReducer(reduce, { mode: 'loading', members: [], more: false });

  useEffect(() => {
    const handle = window.setTimeout(() => setTerm(text.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(handle);
  }, [text]);

  useEffect(() => {
    const controller = new AbortController();
    const url = `/api/articles/${encodeURIComponent(articleId)}/assignable-members?${new URLSearchParams({ q: term })}`;
    dispatch({ type: 'load' });
    apiRequest<AssignableMembersView>('GET', url, undefined, { signal: controller.signal }).then(
      (found) => {
        if (!controller.signal.aborted) dispatch({ type: 'found', ...found });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) dispatch({ type: 'fail', message: describeError(error) });
      },
    );
    return () => controller.abort();
  }, [articleId, term, assignmentsKey, describeError]);

  const members = state.mode === 'failed' ? [] : state.members;
  // A choice that left the list (assigned meanwhile, or searched away) is no choice.
  const value = members.some((member) => member.id === chosen) ? chosen : '';
  const note =
    state.mode === 'failed' ? state.message
    : state.mode === 'loading' ? ''
    : state.more ? t('more', { shown: members.length })
    : members.length === 0 ? (term ? t('noMatch') : t('noneFree'))
    : '';

  return (
    <div className="space-y-2">
      <label className="block text-sm">
        <span className="font-medium text-stone-800">{t('searchByName')}</span>
        <input
          type="search"
          value={text}
          maxLength={MAX_MEMBER_QUERY_CHARS}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
          // Enter searches (it already does, as you type); it does not submit the form.
          onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
          className={inputClass}
        />
      </label>
      <label className="block text-sm">
        <span className="font-medium text-stone-800">{t('member')}</span>
        <select name="reviewerId" required className={inputClass} value={value} aria-busy={state.mode === 'loading'} aria-describedby={`${id}-note`} onChange={(event) => setChosen(event.target.value)}>
          <option value="" disabled>{t('chooseMember')}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>{member.name}</option>
          ))}
        </select>
      </label>
      <p id={`${id}-note`} aria-live="polite" className="text-xs text-stone-600">{note}</p>
    </div>
  );
}
