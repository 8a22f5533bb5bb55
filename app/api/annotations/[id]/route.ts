import { NextResponse } from 'next/server';
import { setAnnotationDeleted } from '@/lib/server/data/annotations/set-annotation-deleted';
import { updateAnnotation } from '@/lib/server/data/annotations/update-annotation';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZUpdateAnnotation } from '@/lib/validation/annotations';
import { parseInput } from '@/lib/validation/parse-input';
import { optionalVersion } from '@/lib/validation/version-param';

type Context = { params: Promise<{ id: string }> };

export const PATCH = route<Context>(async (request, { params }) => {
  const actor = await requireActor('annotations:write');
  const change = parseInput(ZUpdateAnnotation, await readJson(request, 200_000));
  return NextResponse.json({ annotation: await updateAnnotation(actor, (await params).id, change) });
});

/** Soft delete; `?version=N` (or If-Match: "N") makes it conditional on the version the caller saw. */
export const DELETE = route<Context>(async (request, { params }) => {
  const actor = await requireActor('annotations:write');
  await setAnnotationDeleted(actor, (await params).id, true, optionalVersion(request));
  return new Response(null, { status: 204 });
});
