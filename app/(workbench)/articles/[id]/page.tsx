import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { StatusBadge } from '@/components/articles/status-badge';
import { ArticleViewer } from '@/components/editor/article-viewer';
import { RelativeTime } from '@/components/ui/relative-time';
import { isAppError } from '@/lib/errors';
import { getArticle } from '@/lib/server/data/articles/get-article';
import { requirePageActor } from '@/lib/server/guards';

type Props = { params: Promise<{ id: string }> };

const loadArticle = cache(async (id: string) => {
  const actor = await requirePageActor(undefined, `/articles/${id}`);
  try {
    return await getArticle(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: article.title };
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).id);
  return (
    <article className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="rounded bg-white p-8 shadow-sm">
        <ArticleViewer html={article.html} />
      </div>
      <aside aria-label="Article details" className="space-y-3 text-sm">
        <h2 className="text-base font-semibold">Details</h2>
        <dl className="grid grid-cols-[7rem_1fr] gap-x-2 gap-y-2">
          <dt className="text-stone-600">Status</dt><dd><StatusBadge status={article.status} /></dd>
          <dt className="text-stone-600">Publisher</dt><dd>{article.publisher ?? '—'}</dd>
          <dt className="text-stone-600">Byline</dt><dd>{article.byline ?? '—'}</dd>
          <dt className="text-stone-600">Published</dt><dd>{article.publishedAt ? <RelativeTime iso={article.publishedAt} /> : '—'}</dd>
          <dt className="text-stone-600">Source</dt>
          <dd className="break-all">{article.sourceUrl ? <a href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="text-blue-900 underline">{article.sourceUrl}</a> : '—'}</dd>
          <dt className="text-stone-600">Revision</dt><dd>{article.revision}</dd>
          <dt className="text-stone-600">Reviews</dt><dd>{article.submittedReviews} submitted</dd>
          <dt className="text-stone-600">Imported</dt><dd><RelativeTime iso={article.createdAt} />{article.importedBy ? ` by ${article.importedBy}` : ''}</dd>
          <dt className="text-stone-600">Length</dt><dd>{article.text.length.toLocaleString('en')} characters</dd>
        </dl>
      </aside>
    </article>
  );
}
