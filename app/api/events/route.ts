import { authorize, can, narrowToProject, requireActor, requireArticleActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';
import { openLiveStream } from '@/lib/server/live/open-live-stream';
import { ZLiveEventsQuery } from '@/lib/validation/live-events';
import { parseInput } from '@/lib/validation/parse-input';

// A stream stays open for minutes; nothing here may be cached or prerendered.
export const dynamic = 'force-dynamic';

/**
 * Server-Sent Events: what changed on one article (`?article=`: 404 when it is not the
 * caller's), one project (`?project=`) or every article of the caller's projects (no
 * parameter), told only as far as blind review allows (seesLiveChange). `presence=1` on an
 * article lists the caller as having its consensus page open (403 unless they may open it).
 */
export const GET = route(async (request) => {
  const signedIn = await requireActor('articles:read');
  const query = parseInput(ZLiveEventsQuery, Object.fromEntries(new URL(request.url).searchParams));
  const actor = query.article ? await requireArticleActor('articles:read', query.article) : await narrowToProject(signedIn, 'articles:read', query.project);
  const presenceReader = query.article && (query.presence || can(actor, 'consensus:read')) ? authorize(actor, 'consensus:read') : null;
  return openLiveStream(actor, { articleId: query.article ?? null, projectId: query.project ?? null, presenceReader, joinPresence: query.presence === '1' }, request.signal);
});
