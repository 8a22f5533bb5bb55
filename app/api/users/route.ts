import { NextResponse } from 'next/server';
import { createUser } from '@/lib/server/data/users/create-user';
import { listUsers } from '@/lib/server/data/users/list-users';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCreateUser } from '@/lib/validation/users';

export const GET = route(async () => {
  const actor = await requireActor('users:manage');
  return NextResponse.json({ users: await listUsers(actor) });
});

export const POST = route(async (request) => {
  const actor = await requireActor('users:manage');
  const input = parseInput(ZCreateUser, await readJson(request, 10_000));
  return NextResponse.json({ user: await createUser(actor, input) }, { status: 201 });
});
