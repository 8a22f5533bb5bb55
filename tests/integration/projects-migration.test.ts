// The projects migration on a desk that existed before it: every article moves into one
// default project, "Desk", with a copy of the desk's rating scale and every non-admin account
// as a member with its desk role — and nothing already there changes (row for row, column for
// column, apart from the columns the migration adds). On an empty desk it still makes "Desk".
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../scripts/db/schema-engine';
import { type MigrationsFolder, migrationsBefore, migrationsThrough, pgError } from '../support/older-migrations';
import { type ConnectedTestDatabase, connectTestDatabase } from '../support/test-database';

const MIGRATION = /_projects$/;

/** The columns the migration adds to tables that existed before it; every other column stays. */
const ADDED_COLUMNS: Record<string, string[]> = {
  Article: ['projectId'],
  ApiToken: ['projectIds'],
  ReviewEvent: ['guidelinesVersion'],
  ReviewSubmission: ['guidelinesVersion'],
};

let olderMigrations: MigrationsFolder;
let throughProjects: MigrationsFolder;

beforeAll(async () => {
  olderMigrations = await migrationsBefore(MIGRATION);
  throughProjects = await migrationsThrough(MIGRATION);
});

afterAll(async () => {
  await olderMigrations?.remove();
  await throughProjects?.remove();
});

/** Applies the projects migration, and no later one (later migrations add columns of their own). */
async function applyProjectsMigration(database: ConnectedTestDatabase): Promise<void> {
  const { applied } = await applyMigrations(database.url, { migrationsDir: throughProjects.folder });
  expect(applied.filter((name) => MIGRATION.test(name))).toHaveLength(1);
  expect(applied).toHaveLength(1);
}

/** Each table's columns, in order (the migrations bookkeeping aside). */
async function tableColumns(client: pg.Client): Promise<Record<string, string[]>> {
  const { rows } = await client.query<{ table: string; columns: string[] }>(
    `SELECT table_name::text AS "table", array_agg(column_name::text ORDER BY ordinal_position) AS columns
     FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'
     GROUP BY table_name`,
  );
  return Object.fromEntries(rows.map((row) => [row.table, row.columns]));
}

const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Row count and an md5 of every row (only `columns`, rows in a fixed order) of each table. */
async function fingerprints(client: pg.Client, columnsByTable: Record<string, string[]>): Promise<Record<string, { rows: number; md5: string }>> {
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const [table, columns] of Object.entries(columnsByTable)) {
    const {
      rows: [row],
    } = await client.query<{ rows: number; md5: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS md5
       FROM (SELECT ${columns.map(quoted).join(', ')} FROM ${quoted(table)}) r`,
    );
    result[table] = row!;
  }
  return result;
}

const ID = {
  reviewer: '00000000-0000-4000-8000-000000000001',
  editor: '00000000-0000-4000-8000-000000000002',
  admin: '00000000-0000-4000-8000-000000000003',
  disabledReviewer: '00000000-0000-4000-8000-000000000004',
  inReview: '00000000-0000-4000-8000-000000000101',
  published: '00000000-0000-4000-8000-000000000102',
  liveAnnotation: '00000000-0000-4000-8000-000000000201',
  deletedAnnotation: '00000000-0000-4000-8000-000000000202',
  publishedAnnotation: '00000000-0000-4000-8000-000000000203',
  verdict: '00000000-0000-4000-8000-000000000301',
  submission: '00000000-0000-4000-8000-000000000401',
  liveToken: '00000000-0000-4000-8000-000000000501',
  revokedToken: '00000000-0000-4000-8000-000000000502',
} as const;

const ARTICLES = [
  { id: ID.inReview, status: 'in_review', title: 'Troops at the border', text: 'The ministry says 40,000 troops crossed the border on Monday. Witnesses saw a convoy.' },
  { id: ID.published, status: 'published', title: 'Bread prices', text: 'Bread costs twice what it did last year, the baker said.' },
] as const;

/** A desk as it stood before projects: accounts, a custom rating, articles under review and published, their history, tokens. */
async function insertDeskBeforeProjects(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "disabledAt", "createdAt", "updatedAt") VALUES
       ($1, 'reviewer@example.org', 'Rita Reviewer', 'reviewer', 'scrypt$a', NULL, '2026-01-01T09:00:00Z', '2026-01-01T09:00:00Z'),
       ($2, 'editor@example.org', 'Ed Editor', 'editor', 'scrypt$b', NULL, '2026-01-01T09:01:00Z', '2026-01-01T09:01:00Z'),
       ($3, 'admin@example.org', 'Ada Admin', 'admin', 'scrypt$c', NULL, '2026-01-01T09:02:00Z', '2026-01-01T09:02:00Z'),
       ($4, 'former@example.org', 'Fred Former', 'reviewer', 'scrypt$d', '2026-02-01T00:00:00Z', '2026-01-01T09:03:00Z', '2026-02-01T00:00:00Z')`,
    [ID.reviewer, ID.editor, ID.admin, ID.disabledReviewer],
  );
  // The scale an earlier migration seeded, plus one an admin added.
  await client.query(
    `INSERT INTO "RatingOption" (key, name, value, position, "updatedAt") VALUES ('needs_context', 'Needs context', 3.5, 7, '2026-01-02T00:00:00Z')`,
  );

  for (const article of ARTICLES) {
    const html = `<h1>${article.title}</h1><p>${article.text}</p>`;
    const textHash = createHash('sha256').update(article.text).digest('hex');
    const published = article.status === 'published';
    await client.query(
      `INSERT INTO "Article" (id, title, byline, publisher, "sourceUrl", html, text, "textHash", status, "importedById",
         "createdAt", "updatedAt", "lastActivityAt", "verdictsPublishedAt", "verdictsPublishedById")
       VALUES ($1, $2, 'A. Writer', 'Daily Example', $3, $4, $5, $6, $7, $8,
         '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', '2026-01-06T10:00:00Z', $9, $10)`,
      [
        article.id,
        article.title,
        `https://example.org/${article.id}`,
        html,
        article.text,
        textHash,
        article.status,
        ID.editor,
        published ? '2026-01-07T12:00:00Z' : null,
        published ? ID.editor : null,
      ],
    );
    await client.query(
      `INSERT INTO "ArticleRevision" (id, "articleId", revision, title, html, text, "textHash", "authorId", "createdAt")
       VALUES (gen_random_uuid(), $1, 1, $2, $3, $4, $5, $6, '2026-01-05T10:00:00Z')`,
      [article.id, article.title, html, article.text, textHash, ID.editor],
    );
  }

  const annotations = [
    { id: ID.liveAnnotation, articleId: ID.inReview, authorId: ID.reviewer, exact: '40,000 troops', deletedAt: null },
    { id: ID.deletedAnnotation, articleId: ID.inReview, authorId: ID.reviewer, exact: 'Witnesses saw a convoy.', deletedAt: '2026-01-06T09:30:00Z' },
    { id: ID.publishedAnnotation, articleId: ID.published, authorId: ID.disabledReviewer, exact: 'twice what it did last year', deletedAt: null },
  ];
  for (const annotation of annotations) {
    const text = ARTICLES.find((article) => article.id === annotation.articleId)!.text;
    const start = text.indexOf(annotation.exact);
    await client.query(
      `INSERT INTO "Annotation" (id, "articleId", "authorId", label, start, "end", exact, prefix, suffix, revision, rationale,
         evidence, confidence, "anchorState", version, "createdAt", "updatedAt", "deletedAt", canonical, via)
       VALUES ($1, $2, $3, 'claim', $4, $5, $6, $7, $8, 1, 'Checkable number.',
         '[{"url": "https://example.org/source"}]', 'high', 'anchored', $9, '2026-01-06T09:00:00Z', $10, $11, $12, $13)`,
      [
        annotation.id,
        annotation.articleId,
        annotation.authorId,
        start,
        start + annotation.exact.length,
        annotation.exact,
        text.slice(Math.max(0, start - 8), start),
        text.slice(start + annotation.exact.length, start + annotation.exact.length + 8),
        annotation.deletedAt ? 2 : 1,
        annotation.deletedAt ?? '2026-01-06T09:00:00Z',
        annotation.deletedAt,
        annotation.id === ID.liveAnnotation ? 'https://example.org/claims/1' : null,
        annotation.id === ID.liveAnnotation ? ['urn:example:1'] : [],
      ],
    );
    await client.query(
      `INSERT INTO "AnnotationEvent" ("annotationId", "actorId", action, before, after, "createdAt")
       VALUES ($1, $2, 'create', NULL, jsonb_build_object('exact', $3::text), '2026-01-06T09:00:00Z')`,
      [annotation.id, annotation.authorId, annotation.exact],
    );
    if (annotation.deletedAt) {
      await client.query(
        `INSERT INTO "AnnotationEvent" ("annotationId", "actorId", action, before, after, "createdAt")
         VALUES ($1, $2, 'delete', jsonb_build_object('exact', $3::text), NULL, $4)`,
        [annotation.id, annotation.authorId, annotation.exact, annotation.deletedAt],
      );
    }
  }

  await client.query(
    `INSERT INTO "ReviewSubmission" (id, "articleId", "reviewerId", "submittedAt") VALUES ($1, $2, $3, '2026-01-06T11:00:00Z')`,
    [ID.submission, ID.inReview, ID.reviewer],
  );
  await client.query(
    `INSERT INTO "ReviewEvent" ("articleId", "reviewerId", "actorId", action, reason, "createdAt") VALUES
       ($1, $2, $2, 'submit', '', '2026-01-06T10:00:00Z'),
       ($1, $2, $3, 'reopen', 'One passage was missed.', '2026-01-06T10:30:00Z'),
       ($1, $2, $2, 'submit', '', '2026-01-06T11:00:00Z')`,
    [ID.inReview, ID.reviewer, ID.editor],
  );

  const bread = ARTICLES[1];
  const exact = 'twice what it did last year';
  const start = bread.text.indexOf(exact);
  await client.query(
    `INSERT INTO "Verdict" (id, "articleId", "passageKey", start, "end", exact, revision, label, rating, "ratingValue", "ratingName",
       explanation, claimant, "appearanceUrl", "editorId", version, "acceptedConsensus", "claimDate", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, 1, 'claim', 'mostly_false', 3, 'Mostly false',
       'Prices rose by a third, not doubled.', 'The baker', 'https://example.org/bread', $7, 2, true, '2026-01-04', '2026-01-07T11:00:00Z', '2026-01-07T11:30:00Z')`,
    [ID.verdict, ID.published, `${start}:${start + exact.length}`, start, start + exact.length, exact, ID.editor],
  );
  await client.query(
    `INSERT INTO "VerdictEvent" ("verdictId", "actorId", action, before, after, "createdAt") VALUES
       ($1, $2, 'create', NULL, '{"rating": "false"}', '2026-01-07T11:00:00Z'),
       ($1, $2, 'update', '{"rating": "false"}', '{"rating": "mostly_false"}', '2026-01-07T11:30:00Z')`,
    [ID.verdict, ID.editor],
  );
  await client.query(
    `INSERT INTO "PublicationEvent" ("articleId", "actorId", action, reason, "createdAt") VALUES ($1, $2, 'publish', '', '2026-01-07T12:00:00Z')`,
    [ID.published, ID.editor],
  );

  await client.query(
    `INSERT INTO "ApiToken" (id, name, "tokenHash", prefix, scopes, "userId", "createdById", "createdAt", "lastUsedAt", "revokedAt", "revokedReason", "expiresAt") VALUES
       ($1, 'exports', md5('exports'), 'cbt_live', ARRAY['read:exports'], $3, $4, '2026-01-03T00:00:00Z', '2026-01-08T00:00:00Z', NULL, NULL, '2027-01-03T00:00:00Z'),
       ($2, 'old importer', md5('old importer'), 'cbt_old', ARRAY['read:exports', 'write:annotations'], $3, $4, '2026-01-02T00:00:00Z', NULL, '2026-01-04T00:00:00Z', 'manual', NULL)`,
    [ID.liveToken, ID.revokedToken, ID.editor, ID.admin],
  );
  await client.query(`INSERT INTO "ApiCall" ("tokenId", method, path, "createdAt") VALUES ($1, 'GET', '/api/exports', '2026-01-08T00:00:00Z')`, [ID.liveToken]);
}

describe('the projects migration on a desk with data', () => {
  let database: ConnectedTestDatabase;
  let client: pg.Client;
  let columnsBefore: Record<string, string[]>;
  let before: Record<string, { rows: number; md5: string }>;
  let desk: { id: string; name: string; guidelinesVersion: number };

  beforeAll(async () => {
    database = await connectTestDatabase({ migrationsDir: olderMigrations.folder });
    ({ client } = database);
    await insertDeskBeforeProjects(client);
    columnsBefore = await tableColumns(client);
    before = await fingerprints(client, columnsBefore);
    await applyProjectsMigration(database);
    const { rows } = await client.query<{ id: string; name: string; guidelinesVersion: number }>(`SELECT id, name, "guidelinesVersion" FROM "Project"`);
    expect(rows).toHaveLength(1);
    desk = rows[0]!;
  }, 120_000);

  afterAll(async () => database?.close(), 60_000);

  it('fills the tables it checks (the fingerprints compare real rows)', () => {
    expect(Object.fromEntries(Object.entries(before).map(([table, { rows }]) => [table, rows]))).toMatchObject({
      User: 4,
      RatingOption: 7,
      Article: 2,
      ArticleRevision: 2,
      Annotation: 3,
      AnnotationEvent: 4,
      ReviewSubmission: 1,
      ReviewEvent: 3,
      Verdict: 1,
      VerdictEvent: 2,
      PublicationEvent: 1,
      ApiToken: 2,
      ApiCall: 1,
    });
  });

  it('makes exactly one project, "Desk", and puts every article in it', async () => {
    expect(desk).toEqual({ id: expect.any(String), name: 'Desk', guidelinesVersion: 0 });
    const { rows } = await client.query<{ id: string; projectId: string }>(`SELECT id, "projectId" FROM "Article" ORDER BY id`);
    expect(rows).toEqual([
      { id: ID.inReview, projectId: desk.id },
      { id: ID.published, projectId: desk.id },
    ]);
    const { rows: empty } = await client.query<{ guidelines: number; moves: number }>(
      `SELECT (SELECT count(*)::int FROM "ProjectGuidelines") AS guidelines, (SELECT count(*)::int FROM "ArticleMove") AS moves`,
    );
    expect(empty).toEqual([{ guidelines: 0, moves: 0 }]);
  });

  it('only adds columns, and keeps every earlier row and column as it was', async () => {
    const columnsAfter = await tableColumns(client);
    for (const [table, columns] of Object.entries(columnsBefore)) {
      expect({ table, columns: columnsAfter[table] }).toEqual({ table, columns: [...columns, ...(ADDED_COLUMNS[table] ?? [])] });
    }
    expect(await fingerprints(client, columnsBefore)).toEqual(before);
  });

  it('gives the rows from before the new columns’ values: no guidelines for old reviews, no project limit on old tokens', async () => {
    const { rows: submissions } = await client.query<{ id: string; guidelinesVersion: number }>(`SELECT id, "guidelinesVersion" FROM "ReviewSubmission"`);
    expect(submissions).toEqual([{ id: ID.submission, guidelinesVersion: 0 }]);
    const { rows: events } = await client.query<{ action: string; guidelinesVersion: number | null }>(
      `SELECT action::text AS action, "guidelinesVersion" FROM "ReviewEvent" ORDER BY "createdAt"`,
    );
    expect(events).toEqual([
      { action: 'submit', guidelinesVersion: null },
      { action: 'reopen', guidelinesVersion: null },
      { action: 'submit', guidelinesVersion: null },
    ]);
    const { rows: tokens } = await client.query<{ id: string; unlimited: boolean }>(
      `SELECT id, ("projectIds" IS NOT NULL AND "projectIds" = '{}') AS unlimited FROM "ApiToken" ORDER BY id`,
    );
    expect(tokens).toEqual([
      { id: ID.liveToken, unlimited: true },
      { id: ID.revokedToken, unlimited: true },
    ]);
  });

  it('copies the desk’s rating scale, custom rating included, into Desk', async () => {
    const scale = `SELECT key, name, value, position FROM %s ORDER BY position, key`;
    const { rows: desks } = await client.query(scale.replace('%s', `"RatingOption"`));
    const { rows: copied } = await client.query(scale.replace('%s', `"ProjectRatingOption" WHERE "projectId" = $1`), [desk.id]);
    expect(desks).toHaveLength(7);
    expect(desks).toContainEqual({ key: 'needs_context', name: 'Needs context', value: 3.5, position: 7 });
    expect(copied).toEqual(desks);
    const { rows: all } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "ProjectRatingOption"`);
    expect(all).toEqual([{ count: 7 }]);
  });

  it('makes every reviewer and editor, disabled ones too, a member of Desk with their role, and no admin', async () => {
    const { rows } = await client.query<{ projectId: string; email: string; role: string }>(
      `SELECT m."projectId", u.email, m.role::text AS role FROM "ProjectMember" m JOIN "User" u ON u.id = m."userId" ORDER BY u.email`,
    );
    expect(rows).toEqual([
      { projectId: desk.id, email: 'editor@example.org', role: 'editor' },
      { projectId: desk.id, email: 'former@example.org', role: 'reviewer' },
      { projectId: desk.id, email: 'reviewer@example.org', role: 'reviewer' },
    ]);
  });

  it('refuses guidelines version 0, a negative project guidelines version and a move to the same project', async () => {
    await client.query('BEGIN');
    try {
      // The valid neighbours are accepted, so each refusal is the CHECK constraint's doing.
      await client.query(`INSERT INTO "ProjectGuidelines" (id, "projectId", version, body) VALUES (gen_random_uuid(), $1, 1, 'Cite sources.')`, [desk.id]);
      const {
        rows: [other],
      } = await client.query<{ id: string }>(`INSERT INTO "Project" (id, name, "updatedAt") VALUES (gen_random_uuid(), 'Elections', now()) RETURNING id`);
      await client.query(`INSERT INTO "ArticleMove" ("articleId", "fromProjectId", "toProjectId", "actorId") VALUES ($1, $2, $3, $4)`, [
        ID.inReview,
        desk.id,
        other!.id,
        ID.admin,
      ]);

      const refusals: Record<string, { code?: string; constraint?: string } | null> = {};
      const attempt = async (name: string, sql: string, params: unknown[]): Promise<void> => {
        await client.query('SAVEPOINT attempt');
        refusals[name] = await pgError(client.query(sql, params));
        await client.query('ROLLBACK TO SAVEPOINT attempt');
      };
      await attempt('guidelines version 0', `INSERT INTO "ProjectGuidelines" (id, "projectId", version, body) VALUES (gen_random_uuid(), $1, 0, 'None.')`, [desk.id]);
      await attempt('project guidelines version -1', `UPDATE "Project" SET "guidelinesVersion" = -1 WHERE id = $1`, [desk.id]);
      await attempt('move to the same project', `INSERT INTO "ArticleMove" ("articleId", "fromProjectId", "toProjectId", "actorId") VALUES ($1, $2, $2, $3)`, [
        ID.inReview,
        desk.id,
        ID.admin,
      ]);
      expect(refusals).toEqual({
        'guidelines version 0': { code: '23514', constraint: 'ProjectGuidelines_version_check' },
        'project guidelines version -1': { code: '23514', constraint: 'Project_guidelines_version_check' },
        'move to the same project': { code: '23514', constraint: 'ArticleMove_distinct_check' },
      });
    } finally {
      await client.query('ROLLBACK');
    }
  });
});

describe('the projects migration on an empty desk', () => {
  let database: ConnectedTestDatabase;

  beforeAll(async () => {
    database = await connectTestDatabase({ migrationsDir: olderMigrations.folder });
  }, 120_000);

  afterAll(async () => database?.close(), 60_000);

  it('succeeds with no accounts and no articles, and still makes Desk with the seeded rating scale', async () => {
    const { client } = database;
    const { rows: counts } = await client.query<{ users: number; articles: number; ratings: number }>(
      `SELECT (SELECT count(*)::int FROM "User") AS users, (SELECT count(*)::int FROM "Article") AS articles, (SELECT count(*)::int FROM "RatingOption") AS ratings`,
    );
    expect(counts).toEqual([{ users: 0, articles: 0, ratings: 6 }]);

    await applyProjectsMigration(database);

    const { rows: projects } = await client.query<{ id: string; name: string }>(`SELECT id, name FROM "Project"`);
    expect(projects).toEqual([{ id: expect.any(String), name: 'Desk' }]);
    const { rows: after } = await client.query<{ members: number; ratings: number }>(
      `SELECT (SELECT count(*)::int FROM "ProjectMember") AS members,
              (SELECT count(*)::int FROM "ProjectRatingOption" WHERE "projectId" = $1) AS ratings`,
      [projects[0]!.id],
    );
    expect(after).toEqual([{ members: 0, ratings: 6 }]);
  });
});
