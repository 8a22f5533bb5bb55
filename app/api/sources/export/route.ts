import { listSources } from '@/lib/server/data/sources/list-sources';
import { sourceIndexExportResponse } from '@/lib/server/exports/source-export-response';
import { requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';
import { ZSourceExportQuery } from '@/lib/validation/sources';
import { parseInput } from '@/lib/validation/parse-input';

/** The sources index with reliability figures, as CSV (one row per source) or JSON; the figures of GET /api/sources. */
export const GET = route(async (request) => {
  const actor = await requireActor('articles:read');
  const options = parseInput(ZSourceExportQuery, Object.fromEntries(new URL(request.url).searchParams));
  return sourceIndexExportResponse(await listSources(actor), options);
});
