// Proves the offline migration tooling behaves like `prisma migrate deploy`: same bookkeeping,
// idempotent, no drift from prisma/schema.prisma, and the hand-written CHECK constraints hold.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, diffSchema, MIGRATIONS_DIR, readSchema } from '../../scripts/db/schema-engine';
import { pgError } from '../support/older-migrations';
import { type ConnectedTestDatabase, connectTestDatabase } from '../support/test-database';

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

async function migrationFolders(): Promise<{ name: string; checksum: string }[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      // What Prisma stores: SHA-256 (hex) of the migration.sql file's contents.
      checksum: createHash('sha256')
        .update(await readFile(path.join(MIGRATIONS_DIR, name, 'migration.sql')))
        .digest('hex'),
    })),
  );
}

describe('prisma/migrations', { timeout: 60_000 }, () => {
  let database: ConnectedTestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await connectTestDatabase();
    ({ client } = database);
  }, 60_000);

  afterAll(async () => database?.close(), 60_000);

  /** A user (by `email`) and an article at revision 1 in the Desk project, written as SQL. */
  async function insertAuthorAndArticle(email: string): Promise<{ authorId: string; articleId: string }> {
    const {
      rows: [user],
    } = await client.query<{ id: string }>(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), $1, 'Ada', now()) RETURNING id`, [email]);
    const {
      rows: [article],
    } = await client.query<{ id: string }>(
      // Every article belongs to a project; the migrations made "Desk".
      `INSERT INTO "Article" (id, title, html, text, "textHash", "updatedAt", "projectId")
       VALUES (gen_random_uuid(), 'T', '<h1>T</h1>', 'Hello world', 'hash', now(), (SELECT id FROM "Project" WHERE name = 'Desk')) RETURNING id`,
    );
    await client.query(
      `INSERT INTO "ArticleRevision" (id, "articleId", revision, title, html, text, "textHash") VALUES (gen_random_uuid(), $1, 1, 'T', '<h1>T</h1>', 'Hello world', 'hash')`,
      [article!.id],
    );
    return { authorId: user!.id, articleId: article!.id };
  }

  it('records one finished _prisma_migrations row per folder, with Prisma’s checksum', async () => {
    const folders = await migrationFolders();
    expect(folders.length).toBeGreaterThan(0);
    const { rows } = await client.query<MigrationRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((row) => ({ name: row.migration_name, checksum: row.checksum }))).toEqual(folders);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
    }
  });

  it('applying again is a no-op', async () => {
    const before = await client.query('SELECT id, checksum, finished_at FROM _prisma_migrations ORDER BY id');
    const { applied } = await applyMigrations(database.url);
    expect(applied).toEqual([]);
    const after = await client.query('SELECT id, checksum, finished_at FROM _prisma_migrations ORDER BY id');
    expect(after.rows).toEqual(before.rows);
  });

  it('leaves no drift between the migrated database and prisma/schema.prisma', async () => {
    const diff = await diffSchema({ from: { url: database.url }, to: { schema: await readSchema() } });
    expect(diff.sql).not.toMatch(/^\s*(CREATE|ALTER|DROP)\b/m);
    expect(diff.isEmpty).toBe(true);
  });

  it('enforces the hand-written CHECK constraints', async () => {
    const { authorId, articleId } = await insertAuthorAndArticle('ada@example.org');
    const insertAnnotation = (start: number, end: number, version = 1) =>
      client.query(
        `INSERT INTO "Annotation" (id, "articleId", "authorId", label, start, "end", exact, revision, version, "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 'claim', $3, $4, 'x', 1, $5, now())`,
        [articleId, authorId, start, end, version],
      );

    expect(await pgError(insertAnnotation(0, 5))).toBeNull();
    const span = { code: '23514', constraint: 'Annotation_span_check' };
    expect(await pgError(insertAnnotation(5, 5))).toEqual(span);
    expect(await pgError(insertAnnotation(6, 5))).toEqual(span);
    expect(await pgError(insertAnnotation(-1, 5))).toEqual(span);
    expect(await pgError(insertAnnotation(0, 5, 0))).toEqual({ code: '23514', constraint: 'Annotation_version_check' });
    expect(
      await pgError(
        client.query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), 'Bob@Example.org', 'Bob', now())`),
      ),
    ).toEqual({ code: '23514', constraint: 'User_email_lowercase_check' });
    expect(await pgError(client.query(`UPDATE "Article" SET revision = 0 WHERE id = $1`, [articleId]))).toEqual({
      code: '23514',
      constraint: 'Article_revision_check',
    });
  });

  it('ties every annotation to an existing revision of its article', async () => {
    const row = await insertAuthorAndArticle('grace@example.org');
    const insertOnRevision = (revision: number) =>
      client.query(
        `INSERT INTO "Annotation" (id, "articleId", "authorId", label, start, "end", exact, revision, "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 'claim', 0, 5, 'Hello', $3, now())`,
        [row!.articleId, row!.authorId, revision],
      );
    expect(await pgError(insertOnRevision(2))).toEqual({ code: '23503', constraint: 'Annotation_articleId_revision_fkey' });
    expect(await pgError(insertOnRevision(1))).toBeNull();
  });
});
