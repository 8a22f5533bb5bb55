// Integration-test fixture: a fresh migrated database seeded like a first
// start (sample articles + demo accounts), wired as the app's DATABASE_URL,
// with the demo users as Actors and a raw SQL helper for assertions.
// A test file calls withSeededDatabase() once, at its top level.
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { seedDatabase } from '../../prisma/seed';
import type { Actor } from '../../lib/server/actor';
import { closeDatabase } from '../../lib/server/db/client';
import { createTestDatabase } from './test-database';
import { setConfigEnv } from '../../lib/config';
import { session } from './session';

export const DEMO_PASSWORD = 'integration-demo-password';

export type DemoName = 'reviewer1' | 'reviewer2' | 'reviewer3' | 'editor' | 'admin';

export type SeededDatabase = {
  url: string;
  actors: Record<DemoName, Actor>;
  query<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** The seeded "Russian Troops In Iran" article's id and canonical text (not a copy of it a test imported). */
  sampleArticle(): Promise<{ id: string; text: string }>;
  /** Row counts and latest change of every table the app writes: equal snapshots mean nothing was written. */
  snapshot(): Promise<Record<string, string>>;
  teardown(): Promise<void>;
};

export const SAMPLE_TITLE = 'Russian Troops In Iran: Unpacking A Shifting Alliance';

const TABLES = ['User', 'Project', 'ProjectGuidelines', 'ProjectMember', 'ProjectRatingOption', 'ArticleMove', 'Source', 'Author', 'Article', 'ArticleAuthor', 'ArticleRevision', 'Annotation', 'AnnotationEvent', 'Assignment', 'ReviewSubmission', 'ReviewEvent', 'Comment', 'Notification', 'Verdict', 'VerdictEvent', 'PublicationEvent', 'RatingOption', 'ApiToken', 'ApiCall', 'RevokedSession', 'PasswordChange', 'LivePresence', 'Webhook', 'WebhookDelivery', 'NotificationPreference', 'OutboundEmail', 'Claim', 'ClaimAppearance', 'Signal', 'SignalAnswer', 'ArticleReliability'];

export async function setUpSeededDatabase(): Promise<SeededDatabase> {
  // One connection, as scripts/start.ts gives the app on the embedded database (PGlite has one session).
  const onEmbedded = !process.env.DATABASE_URL;
  const database = await createTestDatabase();
  setConfigEnv({ DATABASE_URL: database.url, ...(onEmbedded ? { DATABASE_POOL_SIZE: '1' } : {}) });
  await seedDatabase(database.url, { demoAccounts: true, demoPassword: DEMO_PASSWORD });
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  pool.on('error', () => undefined); // an idle client dropped at teardown is expected
  const query = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await pool.query<T>(sql, params)).rows;
  const rows = await query<Omit<Actor, 'projects'>>('SELECT id, email, name, role FROM "User"');
  const memberships = await query<{ userId: string; projectId: string; role: Actor['role'] }>('SELECT "userId", "projectId", role::text AS role FROM "ProjectMember"');
  // As the session gives them (data/projects/actor-projects.ts): an admin sees every project; the others, their memberships.
  const projectsOf = (row: Omit<Actor, 'projects'>): Actor['projects'] =>
    row.role === 'admin' ? null : new Map(memberships.filter((member) => member.userId === row.id).map((member) => [member.projectId, member.role]));
  const actors = Object.fromEntries(rows.map((row) => [row.email.split('@')[0], { ...row, projects: projectsOf(row) }])) as Record<DemoName, Actor>;
  return {
    url: database.url,
    actors,
    query,
    async sampleArticle() {
      const [row] = await query<{ id: string; text: string }>('SELECT id, text FROM "Article" WHERE title = $1', [SAMPLE_TITLE]);
      if (!row) throw new Error('the sample article was not seeded');
      return row;
    },
    async snapshot() {
      const entries = await Promise.all(
        TABLES.map(async (table) => {
          const [row] = await query<{ state: string }>(`SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS state FROM "${table}" t`);
          return [table, row?.state ?? ''] as const;
        }),
      );
      return Object.fromEntries(entries);
    },
    async teardown() {
      // The live change feed's listening connection (lib/server/live/change-hub.ts), if a test opened one.
      await (globalThis as { corroborateLive?: { stop(): Promise<void> } }).corroborateLive?.stop();
      await closeDatabase();
      await pool.end();
      await database.drop();
    },
  };
}

/**
 * The test file's seeded database, set up before its first test and dropped after its last;
 * every test starts signed out (tests/support/session.ts). Call it once, at the top level of
 * the file (or of a describe block, for that block alone); the object it returns may be used
 * from the first hook on.
 */
export function withSeededDatabase(): SeededDatabase {
  let current: SeededDatabase | undefined;
  const ready = (): SeededDatabase => {
    if (!current) throw new Error('The seeded database is set up in beforeAll: use it in a hook or a test.');
    return current;
  };
  beforeAll(async () => {
    current = await setUpSeededDatabase();
  });
  afterAll(async () => current?.teardown());
  beforeEach(() => {
    session.actor = null;
  });
  return {
    get url() {
      return ready().url;
    },
    get actors() {
      return ready().actors;
    },
    query: <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => ready().query<T>(sql, params),
    sampleArticle: () => ready().sampleArticle(),
    snapshot: () => ready().snapshot(),
    teardown: () => ready().teardown(),
  };
}
