import { getArticle } from '@/lib/server/data/articles/get-article';
import { requireArticleActor } from '@/lib/server/guards';
import { cachedJson } from '@/lib/server/http/cached-json';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>(async (request, { params }) => {
  const actor = await requireArticleActor('articles:read', (await params).id);
  const article = await getArticle(actor, (await params).id);
  // Everything but the text and HTML, which its id, revision and textHash (all in it) determine:
  // so it keys the encoded answer (issue 16).
  return cachedJson(request, JSON.stringify({ ...article, html: undefined, text: undefined }), () => ({ article }));
});
