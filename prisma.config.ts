import { defineConfig } from 'prisma/config';

// Used by the Prisma CLI on connected machines (`prisma migrate deploy`).
// Offline, scripts/db/* drive the same migrations through the wasm schema engine.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
