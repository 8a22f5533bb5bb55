// Authors from bylines through the real route handlers: an import whose byline names people
// finds or creates Author rows of the article's source and links them in order; a byline or
// source correction re-reads them; two articles of one outlet share one author row; a refused
// correction leaves the authors as they were.
import { describe, expect, it, vi } from 'vitest';
import { backfillArticleAuthors } from '@/lib/server/data/authors/backfill-article-authors';
import { type Json, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { hitNow: as } = routeClient(database);

const BODY = 'Officials in Tehran said the agreement formalised ties that had deepened since 2022, analysts said on Friday.';

async function importText(title: string, extra: Json = {}): Promise<Json> {
  const answer = await as('editor', routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: `${title}\n${BODY}`, ...extra } });
  expect(answer.status, answer.text).toBe(201);
  return answer.body.article as Json;
}
const patchMetadata = (who: string, id: string, body: unknown) => as(who, routes.articleMetadata.PATCH, { method: 'PATCH', params: { id }, body });
const getArticle = async (id: string) => (await as('editor', routes.article.GET, { params: { id } })).body.article as Json & { authors: { id: string; name: string }[] };
const names = (article: Json) => (article.authors as { name: string }[]).map((author) => author.name);

describe('authors from the byline', () => {
  it('links the people an imported byline names, as authors of its source, in order; a second article of the outlet shares them', async () => {
    const first = await importText('Authors one', { byline: 'By Jane Roe and John Doe, Staff writers', publisher: 'Authors Gazette' });
    expect(names(first)).toEqual(['Jane Roe', 'John Doe']);
    const sourceId = (first.source as Json).id;
    const rows = await database.query<{ name: string; sourceId: string }>('SELECT name, "sourceId" FROM "Author" WHERE name IN ($1, $2) ORDER BY name', ['Jane Roe', 'John Doe']);
    expect(rows).toEqual([{ name: 'Jane Roe', sourceId }, { name: 'John Doe', sourceId }]);

    const second = await importText('Authors two', { byline: 'John Doe, Ann Poe and Jane Roe', publisher: 'Authors Gazette' });
    expect(names(second)).toEqual(['John Doe', 'Ann Poe', 'Jane Roe']);
    expect((second.authors as Json[])[0]!.id).toBe((first.authors as Json[])[1]!.id);
    expect((await database.query('SELECT 1 FROM "Author" WHERE name = $1', ['John Doe'])).length).toBe(1);
  });

  it('gives an article of no source authors of no source, one row per name', async () => {
    const first = await importText('No outlet one', { byline: 'Lena Lone' });
    const second = await importText('No outlet two', { byline: 'by Lena Lone' });
    expect(first.source).toBeNull();
    expect((second.authors as Json[])[0]!.id).toBe((first.authors as Json[])[0]!.id);
  });

  it('re-reads the authors when an editor corrects the byline or the source, and clears them with the byline', async () => {
    const article = await importText('Authors corrected', { byline: 'Wrong Person' });
    const id = article.id as string;
    const corrected = await patchMetadata('editor', id, { byline: 'Sara Ahmadi & Reza Karimi' });
    expect(corrected.status, corrected.text).toBe(200);
    expect(names(corrected.body.article as Json)).toEqual(['Sara Ahmadi', 'Reza Karimi']);

    const moved = await patchMetadata('editor', id, { sourceName: 'Tehran Authors Daily' });
    expect(moved.status).toBe(200);
    const sourceId = ((moved.body.article as Json).source as Json).id;
    const [row] = await database.query<{ sourceId: string }>('SELECT a."sourceId" FROM "ArticleAuthor" aa JOIN "Author" a ON a.id = aa."authorId" WHERE aa."articleId" = $1 AND aa.position = 0', [id]);
    expect(row?.sourceId).toBe(sourceId);

    const cleared = await patchMetadata('editor', id, { byline: null });
    expect((cleared.body.article as Json).authors).toEqual([]);
    expect((await getArticle(id)).authors).toEqual([]);
  });

  it('leaves the authors as they were when a correction is refused', async () => {
    const article = await importText('Authors refused', { byline: 'Kept Name' });
    const before = await database.snapshot();
    const answer = await patchMetadata('reviewer1', article.id as string, { byline: 'Other Name' });
    expect(answer.status).toBe(403);
    expect(await database.snapshot()).toEqual(before);
    expect(names(await getArticle(article.id as string))).toEqual(['Kept Name']);
  });

  it('backfills the authors of an article imported before bylines were read (db:backfill-authors), once', async () => {
    const article = await importText('Authors backfilled');
    await database.query('UPDATE "Article" SET byline = $1 WHERE id = $2', ['By Old Byline and Second Name', article.id]);
    expect((await getArticle(article.id as string)).authors).toEqual([]);
    const first = await backfillArticleAuthors();
    expect(first.linked).toBeGreaterThanOrEqual(1);
    expect(names(await getArticle(article.id as string))).toEqual(['Old Byline', 'Second Name']);
    const before = await database.snapshot();
    await backfillArticleAuthors();
    expect(await database.snapshot()).toEqual(before);
  });

  it('gives the seeded samples no authors: neither states a byline', async () => {
    const rows = await database.query<{ count: string }>(`SELECT count(*)::text AS count FROM "ArticleAuthor" aa JOIN "Article" a ON a.id = aa."articleId" WHERE a."importedById" IS NULL`);
    expect(rows[0]!.count).toBe('0');
  });
});
