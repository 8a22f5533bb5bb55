import { NextResponse } from 'next/server';
import { resetUserPassword } from '@/lib/server/data/users/reset-user-password';
import { requireActor } from '@/lib/server/guards';
import { readOptionalJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZResetPassword } from '@/lib/validation/users';

type Context = { params: Promise<{ id: string }> };

// An admin resets someone's password: to the one sent, or to a generated one returned once.
// The account's sessions end and its API tokens are revoked.
export const POST = route<Context>(async (request, { params }) => {
  const actor = await requireActor('users:manage');
  const input = parseInput(ZResetPassword, await readOptionalJson(request, 10_000));
  const reset = await resetUserPassword(actor, (await params).id, input);
  return NextResponse.json(reset, { headers: { 'Cache-Control': 'no-store' } });
});
