import { defineConfig } from 'vitest/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

// Two projects: pure unit tests beside the code, and integration tests that
// talk to a real PostgreSQL (DATABASE_URL's server, or an embedded one).
export default defineConfig({
  resolve: { alias: { '@': root, 'server-only': path.join(root, 'tests/support/server-only-stub.ts') } },
  test: {
    // The request log lines of the route handlers would drown the test output.
    env: { LOG_LEVEL: 'warn' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'messages/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file creates its own database; keep PGlite's single engine unhurried.
          fileParallelism: false,
        },
      },
    ],
  },
});
