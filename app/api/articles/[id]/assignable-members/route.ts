import { NextResponse } from 'next/server';
import { searchAssignableMembers } from '@/lib/server/data/assignments/search-assignable-members';
import { requireArticleActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';
import { ZAssignableMemberQuery } from '@/lib/validation/assignments';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** Active members of the article's project not yet assigned to it, by name (`?q=` part of a name, `?limit=` 1–50): the desk's. */
export const GET = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const actor = await requireArticleActor('assignments:manage', id);
  const query = parseInput(ZAssignableMemberQuery, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await searchAssignableMembers(actor, id, query));
});
