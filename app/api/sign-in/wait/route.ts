import { NextResponse } from 'next/server';
import { signInWait } from '@/lib/server/auth/authorize-credentials';
import { clientAddress } from '@/lib/server/http/client-address';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZSignInWait } from '@/lib/validation/sign-in';

// How long the caller must wait before a sign-in for this email is checked again: what the
// sign-in form shows after a "throttled" or "locked" refusal. Read-only; it records nothing.
export const POST = route(async (request) => {
  const { email } = parseInput(ZSignInWait, await readJson(request, 2_000));
  return NextResponse.json(await signInWait({ email, ip: clientAddress(request.headers) }));
});
