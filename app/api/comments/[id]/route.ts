import { NextResponse } from 'next/server';
import { updateComment } from '@/lib/server/data/comments/update-comment';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZUpdateComment } from '@/lib/validation/comments';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** `{ version, body?, resolved? }`: the author edits the words, an editor resolves or reopens the thread. */
export const PATCH = route<Context>(async (request, { params }) => {
  const actor = await requireActor('comments:write');
  const change = parseInput(ZUpdateComment, await readJson(request, 100_000));
  return NextResponse.json({ comment: await updateComment(actor, (await params).id, change) });
});
