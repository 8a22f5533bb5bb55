// The documented backup and restore, exercised on the database this suite runs
// against: pg_dump / pg_restore on a real PostgreSQL (DATABASE_URL), or a copy
// of the embedded database's data folder. A restored database has the same
// rows in every table, migration history included, and the app can use it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../prisma/seed';
import { copyEmbeddedData, dumpDatabase, restoreDatabase, restoreEmbeddedData } from '../../scripts/db/backup-restore';
import { startEmbeddedPostgres } from '../../scripts/db/embedded-postgres';
import { applyMigrations, createTemporaryDatabase } from '../../scripts/db/schema-engine';

const TABLES = ['User', 'Article', 'ArticleRevision', 'Annotation', 'AnnotationEvent', 'ReviewSubmission', 'Verdict', 'RatingOption', '_prisma_migrations'];

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Row count and a digest of every row, per table. */
async function contents(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const entries: [string, string][] = [];
    for (const table of TABLES) {
      const { rows } = await client.query<{ state: string }>(`SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS state FROM "${table}" t`);
      entries.push([table, rows[0]?.state ?? '']);
    }
    return Object.fromEntries(entries);
  });
}

/** Some work worth keeping: an annotation with its history row. */
async function addWork(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(`
      WITH article AS (SELECT id, text FROM "Article" ORDER BY title LIMIT 1), author AS (SELECT id FROM "User" WHERE role = 'reviewer' LIMIT 1),
      created AS (
        INSERT INTO "Annotation" (id, "articleId", "authorId", label, start, "end", exact, revision, rationale, "updatedAt")
        SELECT gen_random_uuid(), article.id, author.id, 'claim', 0, 10, substr(article.text, 1, 10), 1, 'Kept through a backup 🧪', now() FROM article, author
        RETURNING id, "authorId")
      INSERT INTO "AnnotationEvent" ("annotationId", "actorId", action, after) SELECT id, "authorId", 'create', '{}'::jsonb FROM created`);
  });
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

describe('backup and restore', () => {
  it(process.env.DATABASE_URL ? 'round-trips PostgreSQL through pg_dump and pg_restore' : 'round-trips the embedded database through a copy of its data folder', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'corroborate-backup-'));
    cleanups.push(() => rm(folder, { recursive: true, force: true }));
    const serverUrl = process.env.DATABASE_URL;
    if (serverUrl) {
      const source = await createTemporaryDatabase(serverUrl, 'corroborate_backup_');
      cleanups.push(source.drop);
      await applyMigrations(source.url);
      await seedDatabase(source.url, { demoAccounts: true, demoPassword: 'backup-test-password' });
      await addWork(source.url);
      const before = await contents(source.url);
      const file = path.join(folder, 'corroborate.dump');
      dumpDatabase(source.url, file);
      const target = await createTemporaryDatabase(serverUrl, 'corroborate_restore_');
      cleanups.push(target.drop);
      restoreDatabase(target.url, file);
      expect(await contents(target.url)).toEqual(before);
      expect(before.Annotation).toMatch(/^1:/);
      // Restoring again over a live copy replaces rather than duplicates.
      restoreDatabase(target.url, file);
      expect(await contents(target.url)).toEqual(before);
      // A damaged backup is refused and leaves the database as it was, the job queue's schema included.
      const damaged = path.join(folder, 'damaged.dump');
      await writeFile(damaged, (await readFile(file)).subarray(0, 4096));
      expect(() => restoreDatabase(target.url, damaged)).toThrow();
      expect(await contents(target.url)).toEqual(before);
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      try {
        expect((await client.query('SELECT name FROM pgboss.queue ORDER BY name')).rows.map((row) => row.name)).toEqual(['due-reminders', 'outbound-email', 'outbound-webhook']);
      } finally {
        await client.end();
      }
      return;
    }
    const live = path.join(folder, 'live');
    const first = await startEmbeddedPostgres({ dataDir: live });
    await applyMigrations(first.url);
    await seedDatabase(first.url, { demoAccounts: true, demoPassword: 'backup-test-password' });
    await addWork(first.url);
    const before = await contents(first.url);
    await expect(copyEmbeddedData(live, path.join(folder, 'refused'))).rejects.toThrow(/in use/);
    await first.stop();
    await copyEmbeddedData(live, path.join(folder, 'backup'));
    await restoreEmbeddedData(path.join(folder, 'backup'), path.join(folder, 'restored'));
    const restored = await startEmbeddedPostgres({ dataDir: path.join(folder, 'restored') });
    cleanups.push(restored.stop);
    expect(await contents(restored.url)).toEqual(before);
    expect(before.Annotation).toMatch(/^1:/);
  });
});
