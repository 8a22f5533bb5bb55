import 'server-only';
// GET/HEAD of the annotation container (an ldp:BasicContainer that is also an
// AnnotationCollection) and of its pages, Protocol §5: the container says how
// many annotations the actor may see and where the first and last pages are,
// embedding the first page unless the client prefers a minimal container;
// `?page=N` answers that AnnotationPage, linked to its neighbours (prev, next)
// and to the collection (partOf). Page N holds positions N·size … N·size+size−1
// in the order (created, id), so a client walking `next` sees each annotation once.
import { AppError } from '../../errors';
import { type AnnotationPageJson, annotationCollection, annotationPage, toWebAnnotationItem } from '../../exports/web-annotation';
import { readWebAnnotationCollection } from '../data/web-annotations/read-web-annotation-collection';
import type { WebAnnotationRecord } from '../data/web-annotations/web-annotation-record';
import { resolveWebAnnotationScope } from '../data/web-annotations/web-annotation-scope';
import type { Authorized } from '../guards';
import { publicBaseUrl } from '../http/public-base-url';
import { parseContainerQuery, viewIri } from './container-query';
import { negotiateMediaType } from './negotiate-media-type';
import { parsePrefer } from './parse-prefer';
import { CONTAINER_HEADERS, PAGE_HEADERS, representationResponse } from './protocol-response';

type PageOptions = { id: string; label: string; total: number; page: number; pageSize: number; iris: boolean; records: readonly WebAnnotationRecord[] };

function pageOf(options: PageOptions): AnnotationPageJson {
  const items = options.records.map((record) => (options.iris ? record.annotation.iri : toWebAnnotationItem(record.annotation, { text: record.text })));
  return annotationPage({ collection: { id: options.id, label: options.label, total: options.total }, page: options.page, pageSize: options.pageSize, items });
}

export async function serveContainer(request: Request, actor: Authorized<'articles:read'>): Promise<Response> {
  const contentType = negotiateMediaType(request.headers.get('accept'));
  const query = parseContainerQuery(request);
  const preference = parsePrefer(request.headers.get('prefer'));
  const baseUrl = publicBaseUrl(request);
  const iris = query.iris || preference.iris;
  const scope = await resolveWebAnnotationScope(actor, query.filter, baseUrl);
  const id = viewIri(baseUrl, query, iris);
  const page = query.page ?? 0;
  const wantsItems = query.page !== null || preference.embedFirstPage;
  const window = wantsItems ? { offset: page * query.pageSize, limit: query.pageSize } : undefined;
  const { total, modified, records } = await readWebAnnotationCollection(actor, scope, { baseUrl, window });
  const applied: Record<string, string> = preference.applied ? { 'Preference-Applied': 'return=representation' } : {};
  const pageOptions = { id, label: scope.label, total, page, pageSize: query.pageSize, iris, records };

  if (query.page !== null) {
    if (records.length === 0) {
      const pages = Math.ceil(total / query.pageSize);
      throw new AppError('not_found', pages === 0 ? 'There are no annotations here, so there are no pages.' : `There is no page ${page}: the pages are 0 to ${pages - 1}.`);
    }
    const json = pageOf(pageOptions);
    return representationResponse(request, { json, contentType, headers: { ...PAGE_HEADERS, 'Content-Location': json.id, ...applied } });
  }
  const json = annotationCollection({
    id,
    label: scope.label,
    total,
    pageSize: query.pageSize,
    ...(modified ? { modified } : {}),
    ...(records.length > 0 ? { firstPage: pageOf(pageOptions) } : {}),
  });
  return representationResponse(request, { json, contentType, headers: { ...CONTAINER_HEADERS, 'Content-Location': id, ...applied } });
}
