import { NextResponse } from 'next/server';
import { moveArticle } from '@/lib/server/data/projects/move-article';
import { narrowToProject, requireActor, requireArticleActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZMoveArticle } from '@/lib/validation/projects';

type Context = { params: Promise<{ id: string }> };

/** Moves the article into another project; the caller must be an editor (or admin) of both. */
export const POST = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const account = await requireActor('articles:move');
  const here = await requireArticleActor('articles:move', id);
  const input = parseInput(ZMoveArticle, await readJson(request, 10_000));
  // The destination is decided with the caller's own roles, not the ones narrowed to where the article is now.
  await narrowToProject(account, 'articles:move', input.projectId);
  return NextResponse.json({ move: await moveArticle(here, id, input.projectId, input.reason ?? '') });
});
