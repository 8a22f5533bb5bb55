import { NextResponse } from 'next/server';
import { createComment } from '@/lib/server/data/comments/create-comment';
import { listComments } from '@/lib/server/data/comments/list-comments';
import { requireArticleActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZCreateComment } from '@/lib/validation/comments';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** The discussion the actor may read: empty for a reviewer who has not submitted (blind review). */
export const GET = route<Context>(async (_request, { params }) => {
  const actor = await requireArticleActor('articles:read', (await params).id);
  return NextResponse.json({ comments: await listComments(actor, (await params).id) });
});

export const POST = route<Context>(async (request, { params }) => {
  const actor = await requireArticleActor('comments:write', (await params).id);
  const input = parseInput(ZCreateComment, await readJson(request, 100_000));
  const comment = await createComment(actor, (await params).id, input);
  return NextResponse.json({ comment }, { status: 201, headers: { Location: `/api/comments/${comment.id}` } });
});
