// Route handlers that do nothing: bench/request-cost.ts measures each API route's CPU per
// request against these, which cost only what Next.js and proxy.ts cost for any route in this
// same build. Public, because they give nothing away (no session, no database, a constant
// answer, cheaper than /api/health/live); switching them on by an environment variable would
// make the benchmarked server differ from the one that serves.
import { NextResponse } from 'next/server';
import { isAppError } from '@/lib/errors';
import { readJson } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

export function GET() {
  return NextResponse.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}

/**
 * The bare write: what any route that takes a JSON body costs before its own work. Next.js gives a
 * request with a body a stream of its own (and tees it past proxy.ts), which a GET never pays; the
 * body is read as every write reads it (readJson: its type, its size cap, JSON) and dropped.
 */
export async function POST(request: Request) {
  try {
    await readJson(request, 200_000);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: error.status });
  }
  return NextResponse.json({ ok: true }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
}
