import { NextResponse } from 'next/server';
import { markNotificationsRead } from '@/lib/server/data/notifications/mark-notifications-read';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZMarkNotificationsRead } from '@/lib/validation/notifications';
import { parseInput } from '@/lib/validation/parse-input';

/** Marks the caller's notifications read: `{ids}` (others' ids are passed over) or `{all: true}`. */
export const POST = route(async (request) => {
  const actor = await requireActor('notifications:read');
  const input = parseInput(ZMarkNotificationsRead, await readJson(request, 16_000));
  return NextResponse.json(await markNotificationsRead(actor, input));
});
