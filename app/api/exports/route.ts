import { exportResponse } from '@/lib/server/exports/export-response';
import { narrowToProject, requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';
import { ZBulkExportQuery } from '@/lib/validation/exports';
import { parseInput } from '@/lib/validation/parse-input';

export const GET = route(async (request) => {
  const actor = await requireActor('exports:read');
  const { format, bom, project, ...filter } = parseInput(ZBulkExportQuery, Object.fromEntries(new URL(request.url).searchParams));
  return exportResponse(request, await narrowToProject(actor, 'exports:read', project), { format, bom, filter, filename: 'corroborate-export' });
});
