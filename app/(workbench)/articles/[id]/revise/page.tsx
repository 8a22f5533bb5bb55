import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReviseTextForm } from '@/components/articles/revise-text-form';
import { articleToEditableText } from '@/lib/articles/editable-text';
import { isAppError } from '@/lib/errors';
import { getArticle } from '@/lib/server/data/articles/get-article';
import { requirePageArticleActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Revise article text' };

type Props = { params: Promise<{ id: string }> };

export default async function ReviseArticlePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageArticleActor('articles:revise', id, `/articles/${id}/revise`);
  const article = await getArticle(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  return (
    <>
      <p className="text-sm"><Link href={`/articles/${article.id}`} className="text-blue-900 underline">← <bdi>{article.title}</bdi></Link></p>
      <h1 className="mt-2 text-2xl font-bold">Revise the text</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Paste the new version (revision {article.revision + 1}). The current revision is kept. Every annotation is re-anchored: it stays on the same words
        where they are still there, follows them where they moved, and is listed as needing re-attachment where they cannot be found with confidence.
        The first line of plain text is the headline.
      </p>
      <ReviseTextForm articleId={article.id} currentText={articleToEditableText(article.html)} />
    </>
  );
}
