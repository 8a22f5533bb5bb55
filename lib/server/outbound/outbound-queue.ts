import 'server-only';
// The job queue's workers: webhook deliveries, emails, and the due-date reminders
// every minute. pg-boss 10 in PostgreSQL (schema `pgboss`, made by a migration);
// jobs are queued by enqueueOutbound inside the app's own transactions. Started
// once per process, by the app server (instrumentation.ts) or the standalone
// worker (scripts/worker.ts) — several processes may run workers at once: pg-boss
// hands each job to one of them (SELECT … FOR UPDATE SKIP LOCKED).
//
// Exactly once: each delivery and email is a row, and the row — read first,
// written as soon as the attempt is over, before pg-boss marks the job complete —
// decides. A job run again after a crash (pg-boss expires an active job after
// OUTBOUND_JOB_EXPIRE_SECONDS) finds the row delivered and sends nothing. The one
// window left: a process that dies after the receiver got the request but before
// the row was written. That delivery is sent again, with the same
// X-Corroborate-Delivery id, so the receiver can drop the repeat.
import PgBoss from 'pg-boss';
import { config } from '../../config';
import { openWebhookSecret } from '../../security/webhook-secret';
import { recordDueReminders } from '../data/notifications/record-due-reminders';
import { loadPendingEmail, recordEmailAttempt } from '../data/outbound/outbound-email-attempts';
import { type EmailJob, PGBOSS_SCHEMA, QUEUES, type WebhookJob, queueDatabase } from '../data/outbound/outbound-queues';
import { loadPendingDelivery, recordDeliveryAttempt } from '../data/outbound/webhook-delivery-attempts';
import { log } from '../log';
import { closeEmailTransport, sendEmail } from './send-email';
import { postWebhook } from './post-webhook';

/** How often an idle worker asks for jobs: the floor of a notification's latency. */
const POLLING_INTERVAL_SECONDS = 0.5;
/** Jobs each worker takes at a time and sends at once (a burst drains OUTBOUND_WORKERS × this in parallel). */
const BATCH_SIZE = 4;
/** How often expired jobs (their process died) are put back; one process does it per interval. */
const MAINTENANCE_INTERVAL_SECONDS = 10;

type Attempt = PgBoss.JobWithMetadata<unknown>;
const isLastAttempt = (job: Attempt) => job.retryCount >= job.retryLimit;

/** One webhook delivery attempt; throws (so pg-boss retries after its backoff) when another attempt is due. */
export async function deliverWebhookJob(job: PgBoss.JobWithMetadata<WebhookJob>): Promise<void> {
  const delivery = await loadPendingDelivery(job.data.deliveryId);
  if (!delivery) return; // delivered already, given up, or its webhook deleted
  const authSecret = config().authSecret;
  if (!authSecret) throw new Error('NEXTAUTH_SECRET is not set: webhook deliveries cannot be signed');
  const result = await postWebhook(delivery.url, openWebhookSecret(delivery.secretEncrypted, authSecret), delivery.body, { eventType: delivery.eventType, deliveryId: delivery.id });
  const final = result.delivered || !result.retryable || isLastAttempt(job);
  await recordDeliveryAttempt(delivery.id, { delivered: result.delivered, final, statusCode: result.statusCode, error: result.error });
  if (!final) throw new Error(result.error ?? 'delivery failed');
}

/** One email attempt; throws for a retry as deliverWebhookJob does. */
export async function sendEmailJob(job: PgBoss.JobWithMetadata<EmailJob>): Promise<void> {
  const email = await loadPendingEmail(job.data.emailId);
  if (!email) return;
  const result = await sendEmail(email);
  const final = result.sent || result.permanent || isLastAttempt(job);
  await recordEmailAttempt(email.id, { sent: result.sent, final, error: result.error });
  if (!final) throw new Error(result.error ?? 'sending failed');
}

export type OutboundQueue = { boss: PgBoss; stop(): Promise<void> };

/** Starts pg-boss and the workers (OUTBOUND_WORKERS of each kind; 0: none, the queue only fills). */
export async function startOutboundQueue(): Promise<OutboundQueue> {
  const { workers } = config().outbound;
  const boss = new PgBoss({
    db: queueDatabase(),
    schema: PGBOSS_SCHEMA,
    supervise: true,
    maintenanceIntervalSeconds: MAINTENANCE_INTERVAL_SECONDS,
    schedule: workers > 0,
  });
  boss.on('error', (error) => log('error', 'job queue error', { error }));
  await boss.start();
  const options = { includeMetadata: true as const, batchSize: BATCH_SIZE, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS };
  // The jobs of a batch run side by side; one that wants a retry is failed on its own (pg-boss schedules the
  // retry), and pg-boss then completes the batch's jobs that are still active — the others.
  const runEach =
    <T>(queue: string, handler: (job: PgBoss.JobWithMetadata<T>) => Promise<void>) =>
    async (jobs: PgBoss.JobWithMetadata<T>[]) => {
      await Promise.all(
        jobs.map((job) =>
          handler(job).catch((error: unknown) => boss.fail(queue, job.id, { message: error instanceof Error ? error.message : String(error) })),
        ),
      );
    };
  for (let index = 0; index < workers; index += 1) {
    await boss.work<WebhookJob>(QUEUES.webhook, options, runEach(QUEUES.webhook, deliverWebhookJob));
    if (config().mail) await boss.work<EmailJob>(QUEUES.email, options, runEach(QUEUES.email, sendEmailJob));
  }
  if (workers > 0) {
    await boss.schedule(QUEUES.dueReminders, '* * * * *');
    await boss.work(QUEUES.dueReminders, async () => {
      const created = await recordDueReminders(new Date());
      if (created > 0) log('info', 'due-date reminders recorded', { created });
    });
  }
  return {
    boss,
    async stop() {
      // Waits for the jobs in hand (up to 10 s); one still running after that expires and runs again elsewhere.
      await boss.stop({ graceful: true, wait: true, timeout: 10_000, close: false });
      closeEmailTransport();
    },
  };
}
