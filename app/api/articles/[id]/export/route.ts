import { getArticle } from '@/lib/server/data/articles/get-article';
import { exportResponse } from '@/lib/server/exports/export-response';
import { requireArticleActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';
import { ZExportFormat } from '@/lib/validation/exports';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>(async (request, { params }) => {
  const actor = await requireArticleActor('exports:read', (await params).id);
  const { format, bom } = parseInput(ZExportFormat.strict(), Object.fromEntries(new URL(request.url).searchParams));
  const article = await getArticle(actor, (await params).id);
  const filename = `corroborate-${article.title.slice(0, 40)}`;
  return exportResponse(request, actor, { format, bom, filter: { articleId: article.id }, filename });
});
