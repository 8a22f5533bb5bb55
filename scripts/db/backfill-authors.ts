// `npm run db:backfill-authors`: Author rows for the articles imported before bylines were read
// into them (lib/server/data/authors/backfill-article-authors.ts). Needs DATABASE_URL; safe to run
// again. The seeded sample articles state no byline, so a fresh database has nothing to do.
import { register } from 'node:module';
import { config } from '../../lib/config';

register('../server-only-resolve.mjs', import.meta.url);

if (!config().databaseUrl) {
  console.error('[corroborate] DATABASE_URL is needed to backfill authors');
  process.exit(1);
}
const { backfillArticleAuthors } = await import('../../lib/server/data/authors/backfill-article-authors');
const { closeDatabase } = await import('../../lib/server/db/client');
const { read, linked } = await backfillArticleAuthors();
console.log(`[corroborate] read the bylines of ${read} article(s); ${linked} now have authors`);
await closeDatabase();
