// The token_expiry migration on tokens made before it: they keep expiresAt NULL
// (never expire), a token revoked before is recorded as revoked by hand, and a
// live token of an already disabled account is revoked with it — so re-enabling
// that account cannot bring the token back.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../scripts/db/schema-engine';
import { migrationsBefore } from '../support/older-migrations';
import { type ConnectedTestDatabase, connectTestDatabase } from '../support/test-database';

const MIGRATION = /_token_expiry$/;

let database: ConnectedTestDatabase;
let client: pg.Client;
let olderMigrations: Awaited<ReturnType<typeof migrationsBefore>>;

beforeAll(async () => {
  olderMigrations = await migrationsBefore(MIGRATION);
  database = await connectTestDatabase({ migrationsDir: olderMigrations.folder });
  ({ client } = database);
}, 120_000);

afterAll(async () => {
  await database?.close();
  await olderMigrations?.remove();
}, 60_000);

async function insertUser(email: string, disabledAt: string | null): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "User" (id, email, name, "updatedAt", "disabledAt") VALUES (gen_random_uuid(), $1, $1, now(), $2) RETURNING id`,
    [email, disabledAt],
  );
  return rows[0]!.id;
}

async function insertToken(name: string, userId: string, revokedAt: string | null): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "ApiToken" (id, name, "tokenHash", prefix, scopes, "userId", "createdById", "createdAt", "revokedAt")
     VALUES (gen_random_uuid(), $1, md5($1), 'cbt_x', ARRAY['read:exports'], $2, $2, '2026-01-01T00:00:00Z', $3) RETURNING id`,
    [name, userId, revokedAt],
  );
  return rows[0]!.id;
}

describe('the token_expiry migration', () => {
  it('keeps old tokens unexpiring, records earlier revocations as manual and revokes the live tokens of disabled accounts', async () => {
    const active = await insertUser('active@example.org', null);
    const disabled = await insertUser('disabled@example.org', '2026-02-01T00:00:00Z');
    const ids = {
      live: await insertToken('live', active, null),
      revokedByHand: await insertToken('revoked by hand', active, '2026-01-15T00:00:00Z'),
      ofDisabled: await insertToken('of a disabled account', disabled, null),
      ofDisabledRevokedBefore: await insertToken('of a disabled account, revoked before', disabled, '2026-01-20T00:00:00Z'),
    };

    const { applied } = await applyMigrations(database.url);
    expect(applied.some((name) => MIGRATION.test(name))).toBe(true);

    const { rows } = await client.query<{ name: string; expiresAt: Date | null; revokedAt: Date | null; revokedReason: string | null }>(
      `SELECT name, "expiresAt", "revokedAt", "revokedReason"::text AS "revokedReason" FROM "ApiToken" WHERE id = ANY($1) ORDER BY name`,
      [Object.values(ids)],
    );
    expect(rows).toEqual([
      { name: 'live', expiresAt: null, revokedAt: null, revokedReason: null },
      { name: 'of a disabled account', expiresAt: null, revokedAt: new Date('2026-02-01T00:00:00Z'), revokedReason: 'account_disabled' },
      { name: 'of a disabled account, revoked before', expiresAt: null, revokedAt: new Date('2026-01-20T00:00:00Z'), revokedReason: 'manual' },
      { name: 'revoked by hand', expiresAt: null, revokedAt: new Date('2026-01-15T00:00:00Z'), revokedReason: 'manual' },
    ]);
  });
});
