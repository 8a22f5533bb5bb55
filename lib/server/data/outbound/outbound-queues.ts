import 'server-only';
// The job queue's names and per-job settings, and the two ways this app talks to
// pg-boss's tables: inside a Prisma transaction (jobs queued with the change that
// caused them) and over the app's pg pool (the workers). pg-boss's schema is made
// by a migration (prisma/migrations/*_outbound), so every database has it.
import PgBoss from 'pg-boss';
import { config } from '../../../config';
import { type Prisma, sqlPool } from '../../db/client';

/** The queues the outbound migration creates. */
export const QUEUES = { webhook: 'outbound-webhook', email: 'outbound-email', dueReminders: 'due-reminders' } as const;

export const PGBOSS_SCHEMA = 'pgboss';

export type WebhookJob = { deliveryId: string };
export type EmailJob = { emailId: string };

/** Retries with exponential backoff (pg-boss: retryDelay · 2^n, jittered), and an expiry after which a job whose process died runs again. */
export function outboundJobOptions(): Pick<PgBoss.JobInsert, 'retryLimit' | 'retryDelay' | 'retryBackoff' | 'expireInSeconds'> {
  const { retryLimit, retryDelaySeconds, expireSeconds } = config().outbound;
  return { retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true, expireInSeconds: expireSeconds };
}

/** pg-boss's Db over the app's pool: the workers' queries share the app's connections (one, on PGlite). */
export function queueDatabase(): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: (await sqlPool().query(text, values)).rows }) };
}

/** pg-boss's Db over a Prisma transaction, so a queued job commits or rolls back with it. */
function transactionDatabase(tx: Prisma.TransactionClient): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) };
}

// A PgBoss used only to write jobs through the Db it is handed per call; it is never started
// and opens no connection of its own.
let writer: PgBoss | undefined;
function jobWriter(): PgBoss {
  writer ??= new PgBoss({ db: { executeSql: () => Promise.reject(new Error('jobs are queued through a transaction')) }, schema: PGBOSS_SCHEMA });
  return writer;
}

/** Queues jobs in the transaction (one INSERT). */
export async function queueJobs(tx: Prisma.TransactionClient, jobs: PgBoss.JobInsert[]): Promise<void> {
  if (jobs.length === 0) return;
  await jobWriter().insert(jobs, { db: transactionDatabase(tx) });
}
