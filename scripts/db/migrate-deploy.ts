// `npm run db:migrate`: the offline stand-in for `prisma migrate deploy` — applies pending
// prisma/migrations to DATABASE_DIRECT_URL (else DATABASE_URL) with the wasm schema engine (see
// ./schema-engine.ts): a migration needs a session, not a transaction-mode pooler.
import { config } from '../../lib/config';
import { applyMigrations } from './schema-engine';

async function main(): Promise<void> {
  const url = config().databaseDirectUrl;
  if (!url) {
    console.error('DATABASE_URL is not set');
    process.exit(2);
  }
  const { applied } = await applyMigrations(url);
  if (applied.length === 0) {
    console.log('No pending migrations to apply.');
    return;
  }
  console.log(`Applied ${applied.length} migration(s):`);
  for (const name of applied) console.log(`  ${name}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
