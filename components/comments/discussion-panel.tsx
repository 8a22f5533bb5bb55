'use client';
// The Discussion panel under the article: threads on a passage or on the
// whole article, replies, editing one's own words, resolving (editors).
// Blind review: a reviewer who has not submitted sees a notice and nothing
// else (the server sends them no comments either). One reducer holds the
// comments and what the person is doing with them.
import { useTranslations } from '@/components/i18n/kept-translations';
import { useReducer, useState } from 'react';
import { errorMessage } from '../api/api-request';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { RelativeTime } from '../ui/relative-time';
import type { CommentView } from '@/lib/views/comment-views';
import { type NewComment, commentClient } from './comment-client';
import { type CommentThread, commentThreads, quoteSpan } from './comment-threads';
import { truncateText } from '../consensus/format-figures';

type Props = {
  article: { id: string; text: string; revision: number };
  initialComments: CommentView[];
  /** False for a reviewer who has not submitted their review of the article. */
  open: boolean;
  canWrite: boolean;
  canResolve: boolean;
};

type State = { comments: CommentView[]; editing: string | null; error: string | null };
type Action = { type: 'saved'; comment: CommentView } | { type: 'edit'; id: string | null } | { type: 'failed'; error: string } | { type: 'cleared' };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'saved': {
      const known = state.comments.some((comment) => comment.id === action.comment.id);
      const comments = known ? state.comments.map((comment) => (comment.id === action.comment.id ? action.comment : comment)) : [...state.comments, action.comment];
      return { comments, editing: null, error: null };
    }
    case 'edit':
      return { ...state, editing: action.id, error: null };
    case 'failed':
      return { ...state, error: action.error };
    case 'cleared':
      return { ...state, error: null };
  }
}

export function DiscussionPanel({ article, initialComments, open, canWrite, canResolve }: Props) {
  const t = useTranslations('comments');
  const [state, dispatch] = useReducer(reducer, { comments: initialComments, editing: null, error: null });

  if (!open) {
    return (
      <section aria-labelledby="discussion-heading" className="mt-8 rounded border border-stone-300 bg-white p-4">
        <h2 id="discussion-heading" className="text-lg font-semibold">{t('heading')}</h2>
        <p role="note" className="mt-2 text-sm text-stone-700">{t('closed')}</p>
      </section>
    );
  }

  const run = async (call: () => Promise<CommentView>): Promise<boolean> => {
    try {
      dispatch({ type: 'saved', comment: await call() });
      return true;
    } catch (error) {
      dispatch({ type: 'failed', error: errorMessage(error) });
      return false;
    }
  };
  const post = (comment: NewComment) => run(() => commentClient.create(article.id, comment));
  const threads = commentThreads(state.comments);

  return (
    <section aria-labelledby="discussion-heading" className="mt-8 rounded border border-stone-300 bg-white p-4">
      <h2 id="discussion-heading" className="text-lg font-semibold">{t('heading')}</h2>
      {state.error && <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{state.error}</p>}
      {threads.length === 0 && <p className="mt-2 text-sm text-stone-700">{t('none')}</p>}
      <ul className="mt-3 space-y-4">
        {threads.map((thread) => (
          <li key={thread.root.id}>
            <Thread thread={thread} state={state} dispatch={dispatch} run={run} post={post} canWrite={canWrite} canResolve={canResolve} />
          </li>
        ))}
      </ul>
      {canWrite && <NewThreadForm article={article} post={post} onProblem={(error) => dispatch({ type: 'failed', error })} />}
    </section>
  );
}

type ThreadProps = {
  thread: CommentThread;
  state: State;
  dispatch: (action: Action) => void;
  run: (call: () => Promise<CommentView>) => Promise<boolean>;
  post: (comment: NewComment) => Promise<boolean>;
  canWrite: boolean;
  canResolve: boolean;
};

function Thread({ thread, state, dispatch, run, post, canWrite, canResolve }: ThreadProps) {
  const t = useTranslations('comments.thread');
  const { root, replies } = thread;
  const title = root.span ? t('onPassage', { quote: truncateText(root.span.exact, 80) }) : t('onArticle');
  return (
    <article aria-label={title} className={root.resolvedAt ? 'rounded border border-stone-200 bg-stone-50 p-3' : 'rounded border border-stone-300 p-3'}>
      <div className="flex flex-wrap items-baseline gap-2">
        {root.span ? <blockquote dir="auto" className="border-s-4 border-amber-400 ps-2 text-sm italic text-stone-800">{root.span.exact}</blockquote> : <span className="text-sm font-medium text-stone-700">{t('wholeArticle')}</span>}
        {root.resolvedAt && <span className="rounded bg-green-100 px-2 text-xs text-green-900">{root.resolvedBy ? t('resolvedBy', { name: root.resolvedBy.name }) : t('resolved')}</span>}
        {canResolve && (
          <Button type="button" variant="secondary" className="ms-auto px-2 py-1 text-sm" onClick={() => void run(() => commentClient.update(root.id, root.version, { resolved: root.resolvedAt === null }))}>
            {root.resolvedAt ? t('reopen') : t('resolve')}
          </Button>
        )}
      </div>
      <ol className="mt-2 space-y-2">
        {[root, ...replies].map((comment) => (
          <li key={comment.id}>
            <Comment comment={comment} editing={state.editing === comment.id} dispatch={dispatch} run={run} />
          </li>
        ))}
      </ol>
      {canWrite && <ReplyForm onReply={(body) => post({ body, parentId: root.id })} />}
    </article>
  );
}

function Comment({ comment, editing, dispatch, run }: { comment: CommentView; editing: boolean; dispatch: (action: Action) => void; run: ThreadProps['run'] }) {
  const t = useTranslations('comments.comment');
  const [draft, setDraft] = useState(comment.body);
  if (editing) {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => commentClient.update(comment.id, comment.version, { body: draft }));
        }}
      >
        <Field label={t('editLabel')}>
          <textarea className={inputClass} rows={3} maxLength={10_000} value={draft} onChange={(event) => setDraft(event.target.value)} />
        </Field>
        <div className="mt-1 flex gap-2">
          <Button type="submit" className="px-2 py-1 text-sm">{t('save')}</Button>
          <Button type="button" variant="secondary" className="px-2 py-1 text-sm" onClick={() => dispatch({ type: 'edit', id: null })}>{t('cancel')}</Button>
        </div>
      </form>
    );
  }
  return (
    <div className="text-sm">
      <div className="flex gap-2 text-xs text-stone-600">
        <span className="font-medium text-stone-900">{comment.author.name}</span>
        <RelativeTime iso={comment.createdAt} />
        {comment.version > 1 && comment.updatedAt !== comment.createdAt && <span>{t('edited')}</span>}
        {comment.mine && (
          <button
            type="button"
            className="text-blue-900 underline"
            onClick={() => {
              setDraft(comment.body);
              dispatch({ type: 'edit', id: comment.id });
            }}
          >
            {t('edit')}
          </button>
        )}
      </div>
      <p dir="auto" className="whitespace-pre-wrap">{comment.body}</p>
    </div>
  );
}

function ReplyForm({ onReply }: { onReply: (body: string) => Promise<boolean> }) {
  const t = useTranslations('comments.reply');
  const [body, setBody] = useState('');
  return (
    <form
      className="mt-2"
      onSubmit={(event) => {
        event.preventDefault();
        void onReply(body).then((saved) => saved && setBody(''));
      }}
    >
      <Field label={t('label')}>
        <textarea className={inputClass} rows={2} maxLength={10_000} value={body} onChange={(event) => setBody(event.target.value)} />
      </Field>
      <Button type="submit" variant="secondary" className="mt-1 px-2 py-1 text-sm" disabled={body.trim() === ''}>{t('send')}</Button>
    </form>
  );
}

function NewThreadForm({ article, post, onProblem }: { article: Props['article']; post: (comment: NewComment) => Promise<boolean>; onProblem: (error: string) => void }) {
  const t = useTranslations('comments.newThread');
  const [body, setBody] = useState('');
  const [quote, setQuote] = useState('');
  return (
    <form
      className="mt-4 space-y-2 border-t border-stone-200 pt-4"
      onSubmit={(event) => {
        event.preventDefault();
        const span = quote.trim() === '' ? null : quoteSpan(article.text, quote);
        if (quote.trim() !== '' && !span) {
          onProblem(t('notFound'));
          return;
        }
        void post({ body, ...(span ? { ...span, revision: article.revision } : {}) }).then((saved) => {
          if (!saved) return;
          setBody('');
          setQuote('');
        });
      }}
    >
      <h3 className="font-medium">{t('heading')}</h3>
      <Field label={t('passage')} hint={t('passageHint')}>
        <input dir="auto" className={inputClass} value={quote} onChange={(event) => setQuote(event.target.value)} />
      </Field>
      <Field label={t('comment')} hint={t('commentHint')}>
        <textarea dir="auto" className={inputClass} rows={3} maxLength={10_000} value={body} onChange={(event) => setBody(event.target.value)} />
      </Field>
      <Button type="submit" disabled={body.trim() === ''}>{t('post')}</Button>
    </form>
  );
}
