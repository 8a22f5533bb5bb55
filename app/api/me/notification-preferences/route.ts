import { NextResponse } from 'next/server';
import { readNotificationPreferences } from '@/lib/server/data/notification-preferences/read-notification-preferences';
import { updateNotificationPreferences } from '@/lib/server/data/notification-preferences/update-notification-preferences';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZNotificationPreferences } from '@/lib/validation/webhooks';

export const GET = route(async () => {
  const actor = await requireActor('account:notifications');
  return NextResponse.json(await readNotificationPreferences(actor));
});

/** Sets the listed kinds; kinds not listed keep their setting. */
export const PUT = route(async (request) => {
  const actor = await requireActor('account:notifications');
  const input = parseInput(ZNotificationPreferences, await readJson(request, 10_000));
  return NextResponse.json(await updateNotificationPreferences(actor, input));
});
