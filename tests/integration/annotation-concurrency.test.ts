// Many reviewers saving, editing and deleting on one article while an editor
// revises it: every request either succeeds or gets a clear 4xx (never a 500
// from a deadlock), and every acknowledged save is in the database.
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { createAnnotation } from '@/lib/server/data/annotations/create-annotation';
import { setAnnotationDeleted } from '@/lib/server/data/annotations/set-annotation-deleted';
import { updateAnnotation } from '@/lib/server/data/annotations/update-annotation';
import { reviseArticleText } from '@/lib/server/data/articles/revise-article-text';
import { submitReview } from '@/lib/server/data/reviews/submit-review';
import { authorize } from '@/lib/server/guards';
import { prepareArticle } from '@/lib/articles/prepare-article';
import { isAppError } from '@/lib/errors';
import { routeClient } from '../support/route-client';
import { withSeededDatabase } from '../support/seeded-database';

// The copies of the sample article are imported through the route, as the editor.
vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { sampleCopy } = routeClient(database);

const phrases = (text: string) => [...text.matchAll(/\S+ \S+ \S+ \S+/g)].slice(0, 120);

/** Three reviewers' 60 annotations, saved at once on `article`: the outcome of each save. */
async function saveSixty(article: { id: string; text: string }): Promise<('ok' | number)[]> {
  // Each save is a request path of its own; the test is its entry, so it authorises.
  const reviewers = [database.actors.reviewer1, database.actors.reviewer2, database.actors.reviewer3].map((actor) => authorize(actor, 'annotations:write'));
  return Promise.all(
    phrases(article.text)
      .slice(0, 60)
      .map((match, i) => outcome(createAnnotation(reviewers[i % 3]!, article.id, { label: 'claim', start: match.index, end: match.index + match[0].length, exact: match[0], rationale: '', evidence: [], confidence: null }))),
  );
}

async function outcome(work: Promise<unknown>): Promise<'ok' | number> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (isAppError(error)) return error.status;
    throw error; // a 500: deadlock, serialisation failure, anything unexpected
  }
}

describe('concurrent writes on one article', () => {
  it('saves 60 annotations from three reviewers at once', async () => {
    const article = await sampleCopy();
    const results = await saveSixty(article);
    expect(results.filter((result) => result !== 'ok')).toEqual([]);
    const [count] = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Annotation" WHERE "articleId" = $1`, [article.id]);
    expect(count!.n).toBe(60);
  });

  it('edits, deletes and saves while the text is revised, without a single 500', async () => {
    const { id: articleId, text } = await sampleCopy();
    expect((await saveSixty({ id: articleId, text })).filter((result) => result !== 'ok')).toEqual([]);
    const rows = await database.query<{ id: string; authorId: string; version: number }>(`SELECT id, "authorId", version FROM "Annotation" WHERE "articleId" = $1`, [articleId]);
    const byId = new Map(Object.values(database.actors).map((actor) => [actor.id, authorize(actor, 'annotations:write')]));
    const revised = prepareArticle({ text: `${text.split('\n')[0]}\nA new first paragraph from the desk.\n${text.split('\n').slice(1).join('\n')}` });
    const work = [
      ...rows.slice(0, 20).map((row) => outcome(updateAnnotation(byId.get(row.authorId)!, row.id, { version: row.version, rationale: 'checked' }))),
      ...rows.slice(20, 30).map((row) => outcome(setAnnotationDeleted(byId.get(row.authorId)!, row.id, true, row.version))),
      outcome(reviseArticleText(authorize(database.actors.editor, 'articles:revise'), articleId, revised)),
      ...phrases(text)
        .slice(60, 80)
        .map((match) => outcome(createAnnotation(authorize(database.actors.reviewer1, 'annotations:write'), articleId, { label: 'opinion', start: match.index, end: match.index + match[0].length, exact: match[0], revision: 1, rationale: '', evidence: [], confidence: null }))),
    ];
    const results = await Promise.all(work);
    // 409 is the honest answer for a write that lost the race with the revision; nothing else may fail.
    expect(results.filter((result) => result !== 'ok' && result !== 409)).toEqual([]);
    const acknowledgedCreates = results.slice(31).filter((result) => result === 'ok').length;
    const [count] = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Annotation" WHERE "articleId" = $1`, [articleId]);
    expect(count!.n).toBe(60 + acknowledgedCreates);
    const [article] = await database.query<{ revision: number }>(`SELECT revision FROM "Article" WHERE id = $1`, [articleId]);
    expect(article!.revision).toBe(2);
  });
});

describe('submitting twice at once', () => {
  it('records one submission and answers both calls (a double click, two tabs)', async () => {
    const { id: articleId, text } = await sampleCopy();
    const reviewer = authorize(database.actors.reviewer3, 'annotations:write');
    const [phrase] = phrases(text);
    await createAnnotation(reviewer, articleId, { label: 'claim', start: phrase!.index, end: phrase!.index + phrase![0].length, exact: phrase![0], rationale: '', evidence: [], confidence: null });
    const answers = await Promise.all(Array.from({ length: 4 }, () => submitReview(reviewer, articleId)));
    expect(answers.filter((answer) => !answer.alreadySubmitted)).toHaveLength(1);
    const rows = await database.query('SELECT 1 FROM "ReviewSubmission" WHERE "articleId" = $1 AND "reviewerId" = $2', [articleId, reviewer.id]);
    expect(rows).toHaveLength(1);
  });
});

describe('a save that waits for the article lock while its author submits', () => {
  // PostgreSQL's read committed: a statement that waited for a row lock still sees the other tables
  // as they were when it began. The save must read the author's submission after it holds the lock,
  // or a save queued behind its author's own submit (a second tab) slips in after the review is final.
  // The lock and the read of the submission go to PostgreSQL as one batch (runSqlBatch): these two
  // tests are what keeps that batch two statements with a snapshot each, not one.
  it('is refused as submitted, not stored after the review became final', async () => {
    const { id: articleId, text } = await sampleCopy();
    const reviewer = authorize(database.actors.reviewer2, 'annotations:write');
    const [first, second] = phrases(text);
    await createAnnotation(reviewer, articleId, spanOf(first!));

    const save = await queuedBehindSubmit(articleId, reviewer.id, () => outcome(createAnnotation(reviewer, articleId, spanOf(second!))));
    expect(save).toBe(409);
    const rows = await database.query('SELECT 1 FROM "Annotation" WHERE "articleId" = $1 AND "authorId" = $2', [articleId, reviewer.id]);
    expect(rows).toHaveLength(1);
  });

  it('refuses an edit queued behind its author\'s submit, leaving the annotation as it was', async () => {
    const { id: articleId, text } = await sampleCopy();
    const reviewer = authorize(database.actors.reviewer3, 'annotations:write');
    const annotation = await createAnnotation(reviewer, articleId, spanOf(phrases(text)[0]!));

    const edit = await queuedBehindSubmit(articleId, reviewer.id, () => outcome(updateAnnotation(reviewer, annotation.id, { version: 1, label: 'unsupported' })));
    expect(edit).toBe(409);
    const rows = await database.query<{ label: string; version: number }>('SELECT label::text AS label, version FROM "Annotation" WHERE id = $1', [annotation.id]);
    expect(rows).toEqual([{ label: 'claim', version: 1 }]);
  });
});

const spanOf = (match: RegExpExecArray | RegExpMatchArray) => ({ label: 'claim' as const, start: match.index!, end: match.index! + match[0].length, exact: match[0], rationale: '', evidence: [], confidence: null });

/**
 * Runs `write` while a submit of `reviewerId`'s review, played by hand, holds the article's lock,
 * and commits the submit once the write waits for it: the write's outcome.
 */
async function queuedBehindSubmit<T>(articleId: string, reviewerId: string, write: () => Promise<T>): Promise<T> {
  const holder = new pg.Client({ connectionString: database.url });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM "Article" WHERE id = $1 FOR NO KEY UPDATE', [articleId]);
    const written = write();
    await waitForLockWaiter(holder, articleId);
    await holder.query('INSERT INTO "ReviewSubmission" (id, "articleId", "reviewerId", "submittedAt", "guidelinesVersion") VALUES (gen_random_uuid(), $1, $2, now(), 0)', [articleId, reviewerId]);
    await holder.query('UPDATE "Article" SET "lastActivityAt" = now() WHERE id = $1', [articleId]);
    await holder.query('COMMIT');
    return await written;
  } finally {
    await holder.end();
  }
}

/** Resolves once another session waits for a lock that `holder`'s transaction holds. */
async function waitForLockWaiter(holder: pg.Client, articleId: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { rows } = await holder.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    if (rows[0]!.n > 0) return;
    if (Date.now() > deadline) throw new Error(`no save waited for the lock on article ${articleId}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
