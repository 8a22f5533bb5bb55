import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AnnotationWorkspace } from '@/components/annotations/annotation-workspace';
import { StatusBadge } from '@/components/articles/status-badge';
import { ArticleDownloadMenu } from '@/components/exports/article-download-menu';
import { RelativeTime } from '@/components/ui/relative-time';
import { isAppError } from '@/lib/errors';
import { listAnnotations } from '@/lib/server/data/annotations/list-annotations';
import { getArticle } from '@/lib/server/data/articles/get-article';
import { findReviewSubmission } from '@/lib/server/data/reviews/find-review-submission';
import { can, requirePageArticleActor, visibleAnnotationAuthor } from '@/lib/server/guards';

type Props = { params: Promise<{ id: string }> };

const loadArticle = cache(async (id: string) => {
  const actor = await requirePageArticleActor('articles:read', id, `/articles/${id}`);
  try {
    return { actor, article: await getArticle(actor, id) };
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await loadArticle((await params).id);
  return { title: article.title };
}

export default async function ArticlePage({ params }: Props) {
  const { actor, article } = await loadArticle((await params).id);
  const [annotations, submission] = await Promise.all([listAnnotations(actor, article.id), findReviewSubmission(actor, article.id)]);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-700">
        <StatusBadge status={article.status} />
        <span>{article.publisher ?? 'Publisher unknown'}</span>
        {article.byline && <span>By {article.byline}</span>}
        {article.publishedAt && <span>Published <RelativeTime iso={article.publishedAt} /></span>}
        {article.sourceUrl && (
          <a href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="max-w-xs truncate text-blue-900 underline">{article.sourceUrl}</a>
        )}
        <span>Revision {article.revision}</span>
        <span>{article.submittedReviews} review{article.submittedReviews === 1 ? '' : 's'} submitted</span>
        <span>Imported <RelativeTime iso={article.createdAt} />{article.importedBy ? ` by ${article.importedBy}` : ''}</span>
        <span className="ml-auto flex gap-4">
          {can(actor, 'consensus:read') && <Link href={`/articles/${article.id}/consensus`} className="text-blue-900 underline">Consensus and verdicts</Link>}
          {can(actor, 'exports:read') && <ArticleDownloadMenu articleId={article.id} />}
          {can(actor, 'articles:revise') && <Link href={`/articles/${article.id}/revise`} className="text-blue-900 underline">Revise text</Link>}
        </span>
      </div>
      <AnnotationWorkspace
        article={{ id: article.id, html: article.html, revision: article.revision }}
        viewer={{ id: actor.id, role: actor.role }}
        initialAnnotations={annotations}
        submittedAt={submission?.submittedAt ?? null}
        frozen={article.status === 'published' ? 'published' : submission ? 'submitted' : null}
        seesEveryone={visibleAnnotationAuthor(actor, false) === null}
        canSubmit={can(actor, 'annotations:write')}
      />
    </>
  );
}
