// Browser-side calls to the discussion API. Errors come back as ApiError with
// the server's message, so the panel can show it verbatim.
import { apiRequest as request } from '../api/api-request';
import type { CommentView } from '@/lib/views/comment-views';

export type NewComment = { body: string; start?: number; end?: number; exact?: string; revision?: number; parentId?: string };

export const commentClient = {
  list: async (articleId: string) => (await request<{ comments: CommentView[] }>('GET', `/api/articles/${articleId}/comments`)).comments,
  create: async (articleId: string, comment: NewComment) => (await request<{ comment: CommentView }>('POST', `/api/articles/${articleId}/comments`, comment)).comment,
  update: async (id: string, version: number, change: { body?: string; resolved?: boolean }) =>
    (await request<{ comment: CommentView }>('PATCH', `/api/comments/${id}`, { version, ...change })).comment,
};
