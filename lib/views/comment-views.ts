// The shape comments leave the data layer in. `mine` lets the UI offer editing without a second lookup.
export type CommentPerson = { id: string; name: string };

export type CommentView = {
  id: string;
  articleId: string;
  /** The thread's first comment, for a reply; null for the first comment of a thread. */
  parentId: string | null;
  author: CommentPerson;
  mine: boolean;
  body: string;
  /** The passage (of `revision`'s text) the thread is about; null for the whole article. */
  span: { start: number; end: number; exact: string; prefix: string; suffix: string; revision: number } | null;
  /** Project members the body @mentions. */
  mentions: string[];
  resolvedAt: string | null;
  resolvedBy: CommentPerson | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};
