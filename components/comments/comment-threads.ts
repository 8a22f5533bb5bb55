// Groups an article's comments (oldest first, as the API lists them) into
// threads for the Discussion panel: passage threads in text order, then the
// threads on the whole article, each with its replies oldest first.
import type { CommentView } from '@/lib/views/comment-views';

export type CommentThread = { root: CommentView; replies: CommentView[] };

export function commentThreads(comments: readonly CommentView[]): CommentThread[] {
  const threads = new Map<string, CommentThread>();
  for (const comment of comments) if (comment.parentId === null) threads.set(comment.id, { root: comment, replies: [] });
  for (const comment of comments) if (comment.parentId !== null) threads.get(comment.parentId)?.replies.push(comment);
  const place = (thread: CommentThread) => thread.root.span?.start ?? Number.POSITIVE_INFINITY;
  return [...threads.values()].sort((a, b) => place(a) - place(b) || a.root.createdAt.localeCompare(b.root.createdAt));
}

/** The span of the first occurrence of `quote` in the article's text, for a new passage thread; null when the words are not there. */
export function quoteSpan(text: string, quote: string): { start: number; end: number; exact: string } | null {
  const exact = quote.trim();
  if (exact === '') return null;
  const start = text.indexOf(exact);
  return start === -1 ? null : { start, end: start + exact.length, exact };
}
