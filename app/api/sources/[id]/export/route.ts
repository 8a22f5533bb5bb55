import { getSource } from '@/lib/server/data/sources/get-source';
import { sourceProfileExportResponse } from '@/lib/server/exports/source-export-response';
import { requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';
import { ZSourceExportQuery } from '@/lib/validation/sources';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** One source's reliability profile, as CSV (one row per published article) or JSON; the figures of GET /api/sources/<id>. */
export const GET = route<Context>(async (request, { params }) => {
  const actor = await requireActor('articles:read');
  const options = parseInput(ZSourceExportQuery, Object.fromEntries(new URL(request.url).searchParams));
  return sourceProfileExportResponse(await getSource(actor, (await params).id), options);
});
