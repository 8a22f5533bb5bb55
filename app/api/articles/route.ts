import { NextResponse } from 'next/server';
import { importArticle } from '@/lib/server/articles/import-article';
import { listArticles } from '@/lib/server/data/articles/list-articles';
import { narrowToProject, requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZArticleFilter, ZImportArticle } from '@/lib/validation/articles';
import { parseInput } from '@/lib/validation/parse-input';

export const GET = route(async (request) => {
  const actor = await requireActor('articles:read');
  const params = new URL(request.url).searchParams;
  const filter = ZArticleFilter.parse({ q: params.get('q') ?? undefined, status: params.get('status') ?? undefined, project: params.get('project') ?? undefined });
  const articles = await listArticles(await narrowToProject(actor, 'articles:read', filter.project), filter);
  return NextResponse.json({ articles });
});

export const POST = route(async (request) => {
  const actor = await requireActor('articles:import');
  const input = parseInput(ZImportArticle, await readJson(request));
  const article = await importArticle(actor, input);
  return NextResponse.json({ article }, { status: 201, headers: { Location: `/api/articles/${article.id}` } });
});
