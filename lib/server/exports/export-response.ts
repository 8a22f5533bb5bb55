import 'server-only';
// An export as an HTTP download: permission and count first (so refusals and
// outages get their status), then the body streamed batch by batch.
import type { ExportFormat, TExportFilter } from '../../validation/exports';
import { countExportRecords } from '../data/exports/count-export-records';
import { projectsWith, type Authorized } from '../guards';
import { publicBaseUrl } from '../http/public-base-url';
import { publicRequestUrl } from '../http/public-request-url';
import { attachment, streamResponse } from '../http/stream-response';
import { CONTENT_TYPES, FILE_EXTENSIONS, exportChunks } from './export-stream';

export async function exportResponse(request: Request, actor: Authorized<'exports:read'>, options: { format: ExportFormat; bom: boolean; filter: TExportFilter; filename: string }): Promise<Response> {
  // The projects this caller may export (one, when the route narrowed the actor to a project or article).
  const filter: TExportFilter = { ...options.filter, projects: projectsWith(actor, 'exports:read') };
  const count = await countExportRecords(actor, options.format, filter);
  const generatedAt = new Date().toISOString();
  const chunks = exportChunks({ actor, format: options.format, filter, baseUrl: publicBaseUrl(request), bom: options.bom, generatedAt, selfUrl: publicRequestUrl(request) }, count);
  return streamResponse(chunks, {
    'Content-Type': CONTENT_TYPES[options.format],
    'Content-Disposition': attachment(`${options.filename}-${generatedAt.slice(0, 10)}.${FILE_EXTENSIONS[options.format]}`),
    'X-Export-Records': String(count.total),
  });
}
