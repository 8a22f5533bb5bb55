// The embedded PostgreSQL must behave like a server under concurrent
// connections: many pooled clients running parameterised queries and
// transactions at once each get their own answers (see pglite-message-queue.ts).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../scripts/db/embedded-postgres';

let server: EmbeddedPostgres;
let pool: pg.Pool;

beforeAll(async () => {
  server = await startEmbeddedPostgres();
  pool = new pg.Pool({ connectionString: server.url, max: 10 });
  await pool.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
  await pool.query('INSERT INTO counter VALUES (1, 0)');
});
afterAll(async () => {
  await pool?.end();
  await server?.stop();
});

describe('embedded PostgreSQL under concurrent connections', () => {
  it('answers 400 concurrent parameterised queries of different shapes with their own answers', async () => {
    // Statements differ in parameter count and columns, so a Bind landing on
    // another connection's Parse fails or returns the wrong columns.
    const query = (i: number) => {
      const params = Array.from({ length: 1 + (i % 5) }, (_, k) => i * 10 + k);
      const columns = params.map((_, k) => `$${k + 1}::int AS c${k}_${i % 5}`).join(', ');
      return pool.query(`SELECT ${columns}`, params).then((result) => ({ i, params, row: result.rows[0] as Record<string, number> }));
    };
    const results = await Promise.all(Array.from({ length: 400 }, (_, i) => query(i)));
    for (const { i, params, row } of results) {
      expect(row).toEqual(Object.fromEntries(params.map((value, k) => [`c${k}_${i % 5}`, value])));
    }
  });

  it('keeps connections from another process apart, as the app uses it', async () => {
    const client = path.join(import.meta.dirname, '../support/concurrent-queries-client.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [client, server.url]);
    expect(JSON.parse(stdout)).toEqual({ wrong: 0, failed: 0, firstError: null });
  });

  it('keeps each transaction on its own connection whole', async () => {
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query<{ n: number }>('SELECT n FROM counter WHERE id = $1 FOR UPDATE', [1]);
          await client.query('UPDATE counter SET n = $1 WHERE id = $2', [rows[0]!.n + 1, 1]);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      }),
    );
    const { rows } = await pool.query<{ n: number }>('SELECT n FROM counter WHERE id = 1');
    expect(rows[0]!.n).toBe(50);
  });

  it('recovers after a failed statement inside a cycle', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? pool.query('SELECT $1::int / 0 AS boom', [i]) : pool.query<{ v: number }>('SELECT $1::int AS v', [i]))),
    );
    outcomes.forEach((outcome, i) => {
      if (i % 4 === 0) expect(outcome.status).toBe('rejected');
      else expect(outcome).toMatchObject({ status: 'fulfilled', value: { rows: [{ v: i }] } });
    });
  });
});

describe('LISTEN/NOTIFY across the connections of the one shared session', () => {
  it('delivers a notification to the connections that listen, not to the one that committed it', async () => {
    const listeners = [new pg.Client(server.url), new pg.Client(server.url)];
    const heard: string[][] = [[], []];
    await Promise.all(listeners.map((client) => client.connect()));
    listeners.forEach((client, i) => client.on('notification', (note) => heard[i]!.push(`${note.channel}:${note.payload}`)));
    await listeners[0]!.query('LISTEN changes');
    await listeners[1]!.query('LISTEN other');
    const writer = await pool.connect();
    const writerHeard: string[] = [];
    writer.on('notification', (note) => writerHeard.push(String(note.payload)));
    try {
      await writer.query('BEGIN');
      await writer.query("SELECT pg_notify('changes', $1)", ['in a transaction']);
      await writer.query('UPDATE counter SET n = n + 1 WHERE id = 1');
      await writer.query('COMMIT');
      await writer.query("NOTIFY other, 'plain'");
      // Notifications are queued to the listener's socket before the writer's answer ends.
      await expect.poll(() => heard, { timeout: 2_000 }).toEqual([['changes:in a transaction'], ['other:plain']]);
      expect(writerHeard).toEqual([]);
      // After UNLISTEN the connection hears nothing more on that channel.
      await listeners[0]!.query('UNLISTEN changes');
      await writer.query("NOTIFY changes, 'after'");
      await listeners[0]!.query('SELECT 1');
      expect(heard[0]).toEqual(['changes:in a transaction']);
    } finally {
      writer.release();
      await Promise.all(listeners.map((client) => client.end()));
    }
  });
});

describe('pg_trgm on the embedded database', () => {
  it('loads the extension the claims migration creates, with its similarity functions and trigram index', async () => {
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const { rows } = await pool.query<{ same: number; apart: number }>("SELECT word_similarity('troops in iran', 'russian troops in iran') AS same, similarity('troops in iran', 'bus fares') AS apart");
    expect(rows[0]!.same).toBe(1);
    expect(rows[0]!.apart).toBeLessThan(0.1);
    await pool.query('CREATE TABLE trgm_probe (t text)');
    await pool.query('CREATE INDEX trgm_probe_idx ON trgm_probe USING GIN (t gin_trgm_ops)');
    await pool.query("INSERT INTO trgm_probe VALUES ('russian troops in iran'), ('bus fares rise')");
    expect((await pool.query("SELECT t FROM trgm_probe WHERE t % 'russian troops in iraq'")).rows).toEqual([{ t: 'russian troops in iran' }]);
  });
});
