import 'server-only';
// The address of this request as the outside world names it: its path and
// query under publicBaseUrl. A document that names itself (a bulk export's
// AnnotationCollection and its page) must not use request.url, which next
// start builds from its bind address (http://0.0.0.0:3000/…).
import { resolveUnder } from '../../exports/export-records';
import { publicBaseUrl } from './public-base-url';

export function publicRequestUrl(request: Request): string {
  const { pathname, search } = new URL(request.url);
  return resolveUnder(publicBaseUrl(request), `${pathname}${search}`);
}
