import { NextResponse } from 'next/server';
import { changeOwnPassword } from '@/lib/server/auth/change-own-password';
import { reissueSession } from '@/lib/server/auth/reissue-session';
import { requireActor } from '@/lib/server/guards';
import { clientAddress } from '@/lib/server/http/client-address';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZChangePassword } from '@/lib/validation/users';

// The signed-in person changes their own password. Every other session of theirs ends;
// this browser gets a fresh session cookie and stays signed in. API tokens are kept.
export const POST = route(async (request) => {
  const actor = await requireActor('account:password');
  const input = parseInput(ZChangePassword, await readJson(request, 10_000));
  const { sessionVersion } = await changeOwnPassword(actor, input, clientAddress(request.headers));
  const stillSignedIn = await reissueSession(request, sessionVersion);
  return NextResponse.json({ changed: true, otherSessionsEnded: true, stillSignedIn });
});
