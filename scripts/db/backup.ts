// `npm run db:backup -- <file or folder>` and `npm run db:restore -- <file or folder>`
// (see scripts/db/backup-restore.ts and the README's "Backup and restore").
import path from 'node:path';
import { config } from '../../lib/config';
import { copyEmbeddedData, dumpDatabase, restoreDatabase, restoreEmbeddedData } from './backup-restore';
import { PROJECT_ROOT } from './schema-engine';

const [mode, target] = [process.argv[2], process.argv[3]];
if ((mode !== 'backup' && mode !== 'restore') || !target) {
  console.error('usage: tsx scripts/db/backup.ts backup|restore <file (PostgreSQL) or folder (embedded)>');
  process.exit(2);
}
const settings = config();
// pg_dump and psql need a session of their own: past a transaction-mode pooler, straight to PostgreSQL.
const url = settings.databaseDirectUrl;
// The same folder scripts/start.ts keeps the embedded database in.
const embeddedDir = path.resolve(PROJECT_ROOT, settings.dataDir, 'pglite');
try {
  if (url) (mode === 'backup' ? dumpDatabase : restoreDatabase)(url, target);
  else if (mode === 'backup') await copyEmbeddedData(embeddedDir, target);
  else await restoreEmbeddedData(target, embeddedDir);
  console.log(`[corroborate] ${mode} ${mode === 'backup' ? 'written to' : 'read from'} ${target}`);
} catch (error) {
  console.error(`[corroborate] ${mode} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
