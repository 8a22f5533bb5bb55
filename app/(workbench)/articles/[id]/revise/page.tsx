import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReviseTextForm } from '@/components/articles/revise-text-form';
import { articleToEditableText } from '@/lib/articles/editable-text';
import { isAppError } from '@/lib/errors';
import { getArticle } from '@/lib/server/data/articles/get-article';
import { requirePageArticleActor } from '@/lib/server/guards';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('articles.revise');
  return { title: t('title') };
}

type Props = { params: Promise<{ id: string }> };

export default async function ReviseArticlePage({ params }: Props) {
  const { id } = await params;
  const t = await getTranslations('articles.revise');
  const actor = await requirePageArticleActor('articles:revise', id, `/articles/${id}/revise`);
  const article = await getArticle(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  return (
    <>
      <p className="text-sm"><Link href={`/articles/${article.id}`} className="text-blue-900 underline"><span aria-hidden="true" className="inline-block rtl:rotate-180">{'←'}</span> <bdi>{article.title}</bdi></Link></p>
      <h1 className="mt-2 text-2xl font-bold">{t('heading')}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t('intro', { revision: article.revision + 1 })}</p>
      <ReviseTextForm articleId={article.id} currentText={articleToEditableText(article.html)} />
    </>
  );
}
