import 'server-only';
// Authors for articles imported before bylines were read into Author rows
// (`npm run db:backfill-authors`): every article with a byline and no linked
// author gets its byline read as an import would now (linkArticleAuthors), one
// article per transaction, in id order, a batch at a time. Idempotent; an
// article whose byline names no one is read again on a later run, harmlessly.
import { db } from '../../db/client';
import { linkArticleAuthors } from './link-article-authors';

const BATCH = 200;

/** Returns how many articles were read and how many of them now have authors. */
export async function backfillArticleAuthors(): Promise<{ read: number; linked: number }> {
  let read = 0;
  let linked = 0;
  let after: string | undefined;
  for (;;) {
    const rows = await db().article.findMany({
      where: { byline: { not: null }, authors: { none: {} }, ...(after ? { id: { gt: after } } : {}) },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    for (const { id } of rows) {
      await db().$transaction((tx) => linkArticleAuthors(tx, id));
      read += 1;
      if ((await db().articleAuthor.count({ where: { articleId: id } })) > 0) linked += 1;
    }
    if (rows.length < BATCH) return { read, linked };
    after = rows[rows.length - 1]!.id;
  }
}
