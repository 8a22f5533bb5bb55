// Lint = Next's recommended rules plus the import boundaries from STYLE.md,
// so the layering is a rule, not a hope.
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const FRAMEWORK_AND_SERVER = [
  { group: ['next', 'next/*', 'react', 'react/*', 'react-dom', 'react-dom/*'], message: 'Pure modules must not depend on Next.js or React.' },
  { group: ['@prisma/*', '**/db/generated/**', '**/lib/server/**', '@/lib/server/**', '**/server/**'], message: 'Pure modules must not reach the database or server code.' },
];

const DB_CLIENT = [
  { group: ['**/db/client', '**/db/generated/**', '@/lib/server/db/client', '@prisma/client', '@prisma/client/*'], message: 'Only lib/server/data may use the database client.' },
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ['.next/**', 'node_modules/**', 'lib/server/db/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  {
    files: ['lib/anchoring/**', 'lib/consensus/**', 'lib/exports/**', 'lib/openapi/**', 'lib/articles/**', 'lib/validation/**', 'lib/security/**', 'lib/errors.ts', 'lib/vocabulary.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: FRAMEWORK_AND_SERVER }] },
  },
  {
    files: ['app/**', 'components/**', 'lib/server/**'],
    ignores: ['lib/server/data/**', 'lib/server/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: DB_CLIENT }] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...DB_CLIENT,
            { group: ['**/lib/server/data/**', '@/lib/server/data/**'], message: 'Components get data as props; they do not query.' },
            { group: ['**/lib/config', '@/lib/config'], message: 'Configuration stays on the server; pass what a component needs as props.' },
          ],
        },
      ],
    },
  },
  {
    // One module reads the environment (lib/config.ts); everything else asks it.
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'prisma/**', 'scripts/start.ts', 'scripts/server.ts'],
    ignores: ['lib/config.ts', '**/*.test.ts', 'lib/server/db/generated/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through config() from lib/config.ts (it validates every variable at start).' }],
    },
  },
];

export default config;
