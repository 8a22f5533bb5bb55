import { NextResponse } from 'next/server';
import { setAnnotationDeleted } from '@/lib/server/data/annotations/set-annotation-deleted';
import { requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';
import { optionalVersion } from '@/lib/validation/version-param';

type Context = { params: Promise<{ id: string }> };

export const POST = route<Context>(async (request, { params }) => {
  const actor = await requireActor('annotations:write');
  return NextResponse.json({ annotation: await setAnnotationDeleted(actor, (await params).id, false, optionalVersion(request)) });
});
