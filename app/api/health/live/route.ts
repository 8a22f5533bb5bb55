import { NextResponse } from 'next/server';
import { servingProcess } from '@/lib/server/http/serving-process';

export const dynamic = 'force-dynamic';

/** Liveness: the process answers. It does not touch the database, so a database outage never gets healthy app processes restarted. */
export async function GET() {
  return NextResponse.json({ status: 'alive', uptimeSeconds: Math.round(process.uptime()), process: servingProcess() }, { headers: { 'Cache-Control': 'no-store' } });
}
