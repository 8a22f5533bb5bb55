import 'server-only';
// How a comment row is read and turned into what leaves the data layer.
import type { CommentView } from '../../../views/comment-views';
import type { Actor } from '../../actor';
import type { Prisma } from '../../db/client';

export const commentSelect = {
  id: true,
  articleId: true,
  authorId: true,
  author: { select: { id: true, name: true } },
  parentId: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  revision: true,
  body: true,
  mentions: true,
  resolvedAt: true,
  resolvedBy: { select: { id: true, name: true } },
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.CommentSelect;

export type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

/** The passage columns of a comment: all set, or all null for the whole article. */
export type CommentSpan = Pick<CommentRow, 'start' | 'end' | 'exact' | 'prefix' | 'suffix' | 'revision'>;

export function toCommentView(row: CommentRow, actor: Pick<Actor, 'id'>): CommentView {
  const { start, end, exact, prefix, suffix, revision } = row;
  return {
    id: row.id,
    articleId: row.articleId,
    parentId: row.parentId,
    author: row.author,
    mine: row.authorId === actor.id,
    body: row.body,
    span: start !== null && end !== null && revision !== null ? { start, end, exact: exact ?? '', prefix: prefix ?? '', suffix: suffix ?? '', revision } : null,
    mentions: row.mentions,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedBy,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
