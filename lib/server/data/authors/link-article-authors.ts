import 'server-only';
// Who an article is by, as Author rows of its outlet: the names its byline states
// (lib/articles/byline-authors.ts), each found or created for the article's source
// (one row per name and source; an article of no source gets authors of no
// source), linked in the byline's order. Called inside the transaction that
// writes the byline or source, so the links always follow the byline.
import { bylineAuthors } from '../../../articles/byline-authors';
import type { Prisma } from '../../db/client';

export type ArticleAuthorRef = { id: string; name: string };

export async function linkArticleAuthors(tx: Prisma.TransactionClient, articleId: string): Promise<void> {
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { byline: true, publisher: true, sourceId: true, source: { select: { name: true } } } });
  const names = bylineAuthors(article.byline, article.source?.name ?? article.publisher);
  await tx.articleAuthor.deleteMany({ where: { articleId } });
  if (names.length === 0) return;
  const sourceId = article.sourceId;
  // ON CONFLICT DO NOTHING covers both unique indexes (name and source; name alone without one), so two imports naming one author meet on one row.
  await tx.author.createMany({ data: names.map((name) => ({ name, sourceId })), skipDuplicates: true });
  const authors = await tx.author.findMany({ where: { sourceId, name: { in: names } }, select: { id: true, name: true } });
  const idOf = new Map(authors.map((author) => [author.name, author.id]));
  await tx.articleAuthor.createMany({
    data: names.flatMap((name, position) => {
      const authorId = idOf.get(name);
      return authorId ? [{ articleId, authorId, position }] : [];
    }),
  });
}

/** An article's authors in byline order, as the article JSON carries them. */
export function articleAuthorsSelect() {
  return { orderBy: { position: 'asc' }, select: { author: { select: { id: true, name: true } } } } as const satisfies Prisma.Article$authorsArgs;
}
