// A route handler that does nothing: bench/request-cost.ts measures each API route's CPU per
// request against this one, which costs only what Next.js and proxy.ts cost for any route in
// this same build. Public, because it gives nothing away (no session, no database, a constant
// answer, cheaper than /api/health/live); switching it on by an environment variable would
// make the benchmarked server differ from the one that serves.
import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

export function GET() {
  return NextResponse.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}
