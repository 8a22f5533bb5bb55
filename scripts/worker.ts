// `npm run worker`: the outbound workers (webhook deliveries, emails, due-date
// reminders) in a process of their own, beside or instead of the ones the app
// server runs. Needs DATABASE_URL (a PostgreSQL server; the embedded database
// is reachable only from the `npm start` process tree). The integration tests
// start it as a child process and kill it to check that no job is lost or sent twice.
import { register } from 'node:module';
import { ConfigError, config } from '../lib/config';

register('./server-only-resolve.mjs', import.meta.url);

try {
  if (!config().databaseUrl) throw new ConfigError(['DATABASE_URL is needed to run the workers on their own']);
  if (!config().authSecret) throw new ConfigError(['NEXTAUTH_SECRET is needed to sign webhook deliveries (the same as the app server\'s)']);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`[corroborate] the worker could not start. ${error.message}`);
  process.exit(1);
}

const { runOutboundWorkers, stopOutboundWorkers } = await import('../lib/server/outbound/outbound-process');
const { closeDatabase } = await import('../lib/server/db/client');

await runOutboundWorkers();
if (process.send) process.send({ ready: true });
else console.log('[corroborate] outbound workers running');

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  await stopOutboundWorkers().catch(() => undefined);
  await closeDatabase();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
