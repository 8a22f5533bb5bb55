import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AnnotationWorkspace } from '@/components/annotations/annotation-workspace';
import { ArticleMetadataForm } from '@/components/articles/article-metadata-form';
import { StatusBadge } from '@/components/articles/status-badge';
import { DiscussionPanel } from '@/components/comments/discussion-panel';
import { ArticleDownloadMenu } from '@/components/exports/article-download-menu';
import { GuidelinesPanel } from '@/components/projects/guidelines-panel';
import { MoveArticleForm } from '@/components/projects/move-article-form';
import { RelativeTime } from '@/components/ui/relative-time';
import { isAppError } from '@/lib/errors';
import { listAnnotations } from '@/lib/server/data/annotations/list-annotations';
import { listComments } from '@/lib/server/data/comments/list-comments';
import { getArticle } from '@/lib/server/data/articles/get-article';
import { getCurrentGuidelines } from '@/lib/server/data/projects/get-current-guidelines';
import { findReviewSubmission } from '@/lib/server/data/reviews/find-review-submission';
import { can, projectsWith, requirePageActor, requirePageArticleActor, seesDiscussion, visibleAnnotationAuthor } from '@/lib/server/guards';
import { myProjects } from '@/lib/server/projects/current-project';
import { languageName } from '@/components/articles/language-name';
import { toWorkspaceAnnotation } from '@/lib/views/annotation-views';

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
  const [annotations, comments, submission, guidelines, destinations] = await Promise.all([
    listAnnotations(actor, article.id),
    listComments(actor, article.id),
    findReviewSubmission(actor, article.id),
    getCurrentGuidelines(actor, article.projectId),
    can(actor, 'articles:move') ? moveDestinations(article.projectId) : [],
  ]);
  const [t, locale] = await Promise.all([getTranslations('articles.article'), getLocale()]);
  const { publishedAt } = article;
  const importedAt = () => <RelativeTime iso={article.createdAt} />;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-700">
        <StatusBadge status={article.status} />
        <span>{t.rich('project', { name: article.projectName, link: (chunks) => <Link href={`/projects/${article.projectId}`} className="text-blue-900 underline">{chunks}</Link> })}</span>
        {article.source ? (
          <Link href={`/sources/${article.source.id}`} className="text-blue-900 underline">{article.source.name}</Link>
        ) : (
          <span>{article.publisher ?? t('publisherUnknown')}</span>
        )}
        {article.byline && <span>{t.rich('byline', { byline: article.byline, bdi: (chunks) => <bdi>{chunks}</bdi> })}</span>}
        <span>{t('language', { language: languageName(article.language, locale), direction: article.direction })}</span>
        {publishedAt && <span>{t.rich('published', { time: () => <RelativeTime iso={publishedAt} /> })}</span>}
        {article.sourceUrl && (
          <a href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="max-w-xs truncate text-blue-900 underline">{article.sourceUrl}</a>
        )}
        <span>{t('revision', { revision: article.revision })}</span>
        <span>{t('reviews', { count: article.submittedReviews })}</span>
        <span>{article.importedBy ? t.rich('importedBy', { name: article.importedBy, time: importedAt }) : t.rich('imported', { time: importedAt })}</span>
        <span className="ms-auto flex gap-4">
          {can(actor, 'consensus:read') && <Link href={`/articles/${article.id}/consensus`} className="text-blue-900 underline">{t('consensus')}</Link>}
          {can(actor, 'exports:read') && <ArticleDownloadMenu articleId={article.id} />}
          {can(actor, 'articles:revise') && <Link href={`/articles/${article.id}/revise`} className="text-blue-900 underline">{t('revise')}</Link>}
          {can(actor, 'articles:revise') && article.status !== 'published' && (
            <ArticleMetadataForm
              articleId={article.id}
              metadata={{ sourceName: article.source?.name ?? null, byline: article.byline, publishedAt: article.publishedAt, canonicalUrl: article.canonicalUrl, language: article.language, direction: article.direction }}
            />
          )}
          {destinations.length > 0 && <MoveArticleForm articleId={article.id} projects={destinations} />}
        </span>
      </div>
      <GuidelinesPanel guidelines={guidelines} />
      <AnnotationWorkspace
        article={{ id: article.id, html: article.html, text: article.text, revision: article.revision, language: article.language, direction: article.direction }}
        viewer={{ id: actor.id, role: actor.role }}
        initialAnnotations={annotations.map(toWorkspaceAnnotation)}
        submittedAt={submission?.submittedAt ?? null}
        submittedGuidelinesVersion={submission?.guidelinesVersion ?? null}
        frozen={article.status === 'published' ? 'published' : submission ? 'submitted' : null}
        seesEveryone={visibleAnnotationAuthor(actor, false) === null}
        seesOthers={visibleAnnotationAuthor(actor, submission !== null) === null}
        canSubmit={can(actor, 'annotations:write')}
      />
      {/* Keyed on whether it is open, so submitting (which refreshes the page) mounts it afresh with the comments. */}
      <DiscussionPanel
        key={seesDiscussion(actor, submission !== null) ? 'open' : 'closed'}
        article={{ id: article.id, text: article.text, revision: article.revision }}
        initialComments={comments}
        open={seesDiscussion(actor, submission !== null)}
        canWrite={can(actor, 'comments:write')}
        canResolve={can(actor, 'comments:resolve')}
      />
    </>
  );
}

/** The other projects the person may move an article into: where their own role (not the one narrowed to this article's project) allows it. */
async function moveDestinations(fromProjectId: string): Promise<{ id: string; name: string }[]> {
  const allowed = projectsWith(await requirePageActor(), 'articles:move');
  return (await myProjects())
    .filter((project) => project.id !== fromProjectId && (allowed === null || allowed.includes(project.id)))
    .map((project) => ({ id: project.id, name: project.name }));
}
