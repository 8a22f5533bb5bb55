import 'server-only';
// The refusals the Web Annotation Protocol needs that the app-wide error
// table (lib/errors.ts) has no code for: 406 (no acceptable representation),
// 410 (deleted), 412 (stale If-Match) and 428 (If-Match missing on PUT).
// They answer with the same JSON error shape as every AppError, and
// protocolRoute() wraps route() so both kinds are answered the same way.
import { route } from '../http/route';

export type RefusalStatus = 406 | 410 | 412 | 428;

const CODES: Record<RefusalStatus, string> = { 406: 'not_acceptable', 410: 'gone', 412: 'precondition_failed', 428: 'precondition_required' };

export class ProtocolRefusal extends Error {
  readonly status: RefusalStatus;
  constructor(status: RefusalStatus, message: string) {
    super(message);
    this.name = 'ProtocolRefusal';
    this.status = status;
  }
}

export function refusalResponse(refusal: ProtocolRefusal): Response {
  return Response.json({ error: { code: CODES[refusal.status], message: refusal.message } }, { status: refusal.status, headers: { 'Cache-Control': 'no-store' } });
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** route() (same-origin check, AppError → status) plus the protocol's own refusals. */
export function protocolRoute<C = unknown>(handler: Handler<C>): Handler<C> {
  return route<C>(async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ProtocolRefusal) return refusalResponse(error);
      throw error;
    }
  });
}
