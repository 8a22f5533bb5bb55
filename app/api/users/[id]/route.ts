import { NextResponse } from 'next/server';
import { updateUser } from '@/lib/server/data/users/update-user';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZUpdateUser } from '@/lib/validation/users';

type Context = { params: Promise<{ id: string }> };

export const PATCH = route<Context>(async (request, { params }) => {
  const actor = await requireActor('users:manage');
  const change = parseInput(ZUpdateUser, await readJson(request, 10_000));
  return NextResponse.json({ user: await updateUser(actor, (await params).id, change) });
});
