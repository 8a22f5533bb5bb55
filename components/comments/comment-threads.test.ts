import { describe, expect, it } from 'vitest';
import type { CommentView } from '@/lib/views/comment-views';
import { commentThreads, quoteSpan } from './comment-threads';

let serial = 0;
function comment(fields: Partial<CommentView>): CommentView {
  serial += 1;
  return {
    id: `c${serial}`,
    articleId: 'a',
    parentId: null,
    author: { id: 'u', name: 'U' },
    mine: false,
    body: 'x',
    span: null,
    mentions: [],
    resolvedAt: null,
    resolvedBy: null,
    version: 1,
    createdAt: `2026-01-01T00:00:${String(serial).padStart(2, '0')}.000Z`,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

describe('commentThreads', () => {
  it('puts passage threads in text order, then whole-article threads, each with its replies oldest first', () => {
    const span = (start: number) => ({ start, end: start + 2, exact: 'ab', prefix: '', suffix: '', revision: 1 });
    const article = comment({});
    const late = comment({ span: span(40) });
    const early = comment({ span: span(3) });
    const first = comment({ parentId: late.id, span: late.span });
    const second = comment({ parentId: late.id, span: late.span });
    const threads = commentThreads([article, late, early, first, second]);
    expect(threads.map((thread) => thread.root.id)).toEqual([early.id, late.id, article.id]);
    expect(threads[1]!.replies.map((reply) => reply.id)).toEqual([first.id, second.id]);
  });
});

describe('quoteSpan', () => {
  it('finds the first occurrence of the trimmed words, or null', () => {
    expect(quoteSpan('one two one', ' one ')).toEqual({ start: 0, end: 3, exact: 'one' });
    expect(quoteSpan('one two', 'three')).toBeNull();
    expect(quoteSpan('one two', '  ')).toBeNull();
  });
});
