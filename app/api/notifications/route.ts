import { NextResponse } from 'next/server';
import { listNotifications } from '@/lib/server/data/notifications/list-notifications';
import { requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';
import { ZNotificationQuery } from '@/lib/validation/notifications';
import { parseInput } from '@/lib/validation/parse-input';

/** The caller's notifications, newest first (`?limit`, `?before=<id>`, `?unread=1`), with the unread count. */
export const GET = route(async (request) => {
  const actor = await requireActor('notifications:read');
  const query = parseInput(ZNotificationQuery, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await listNotifications(actor, query));
});
