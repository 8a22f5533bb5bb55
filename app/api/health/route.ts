import { NextResponse } from 'next/server';
import { pingDatabase } from '@/lib/server/data/health/ping-database';
import { servingProcess } from '@/lib/server/http/serving-process';

export const dynamic = 'force-dynamic';

/** Readiness (also at /api/health/ready): the database answers, so this process can serve requests; 503 takes it out of a load balancer's rotation. */
export async function GET() {
  const up = await pingDatabase();
  return NextResponse.json(
    { status: up ? 'ok' : 'degraded', db: up ? 'up' : 'down', process: servingProcess() },
    { status: up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
