import 'server-only';
// The sources' reliability exports as downloads: the same figures as GET /api/sources[/<id>],
// as CSV (csv.ts: formula-safe) or as a JSON document its schema describes.
import type { SourceDetail, SourceListItem } from '../../views/source-views';
import { buildSourceIndexExport, buildSourceProfileExport, sourceArticlesToCsv, sourceIndexToCsv } from '../../exports/source-reliability-export';
import { attachment } from '../http/stream-response';

type Options = { format: 'csv' | 'json'; bom: boolean };

export function sourceIndexExportResponse(sources: readonly SourceListItem[], options: Options): Response {
  const generatedAt = new Date();
  return download(options, `corroborate-sources-${generatedAt.toISOString().slice(0, 10)}`, () => sourceIndexToCsv(sources, { bom: options.bom }), () => buildSourceIndexExport(sources, generatedAt));
}

export function sourceProfileExportResponse(source: SourceDetail, options: Options): Response {
  const generatedAt = new Date();
  return download(options, `corroborate-source-${source.name.slice(0, 40)}-${generatedAt.toISOString().slice(0, 10)}`, () => sourceArticlesToCsv(source, { bom: options.bom }), () => buildSourceProfileExport(source, generatedAt));
}

function download(options: Options, filename: string, csv: () => string, json: () => unknown): Response {
  const body = options.format === 'csv' ? csv() : JSON.stringify(json());
  return new Response(body, {
    headers: {
      'Content-Type': options.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': attachment(`${filename}.${options.format}`),
      'Cache-Control': 'private, no-store',
    },
  });
}
