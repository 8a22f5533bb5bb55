import { NextResponse } from 'next/server';
import { listMyWork } from '@/lib/server/data/assignments/list-my-work';
import { requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

/** The caller's own assignments on articles of their projects: overdue first, then by due date, then the newest. */
export const GET = route(async () => {
  const actor = await requireActor('articles:read');
  return NextResponse.json({ items: await listMyWork(actor) });
});
