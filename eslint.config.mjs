// Lint = Next's recommended rules plus the import boundaries from STYLE.md,
// so the layering is a rule, not a hope.
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const FRAMEWORK_AND_SERVER = [
  { group: ['next', 'next/*', 'react', 'react/*', 'react-dom', 'react-dom/*'], message: 'Pure modules must not depend on Next.js or React.' },
  { group: ['@prisma/*', '**/db/generated/**', '**/lib/server/**', '@/lib/server/**', '**/server/**'], message: 'Pure modules must not reach the database or server code.' },
];

const DB_CLIENT = [
  { group: ['**/db/client', '**/db/generated/**', '@/lib/server/db/client', '@prisma/client', '@prisma/client/*', 'pg'], message: 'Only lib/server/data may use the database client.' },
];

// lib/server/data holds database operations only; what runs several of them
// (worker threads, ordering, read-ahead, HTTP) lives in lib/server/<feature>/
// and calls into data, never the other way. Data files sit at
// lib/server/data/<entity>/, so ../../<folder> is lib/server/<folder>.
const ORCHESTRATION = ['exports', 'articles', 'url-import', 'web-annotations', 'actions', 'http', 'auth'];
const DATA_TIER = [
  { group: ['node:worker_threads', 'worker_threads', '**/*worker*', '**/in-order', '**/read-ahead'], message: 'lib/server/data holds database operations only; worker threads and ordering belong in lib/server/<feature>/.' },
  {
    group: ORCHESTRATION.flatMap((folder) => [`../../${folder}`, `../../${folder}/**`, `@/lib/server/${folder}`, `@/lib/server/${folder}/**`]),
    message: 'lib/server/data holds database operations only; orchestration (workers, ordering, read-ahead, HTTP) lives in lib/server/<feature>/ and calls data, not the reverse.',
  },
];

/** Attributes a person reads or a screen reader speaks: their text is translated like any other. */
const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt', 'label'];
/** Punctuation and symbols that read the same in every language the interface speaks. */
const INTERFACE_PUNCTUATION = ['·', '—', '–', '…', '/', '×', ':', '(', ')', '%', '*', '→', '←', '+', '-', ',', '|', '?', '#', '"', '“', '”'];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ['.next/**', 'node_modules/**', 'lib/server/db/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  // A data function whose only need of the actor is the proof of its permission takes `_actor: Authorized<…>` (lib/server/guards.ts).
  { rules: { '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_' }] } },
  {
    files: ['lib/anchoring/**', 'lib/consensus/**', 'lib/exports/**', 'lib/openapi/**', 'lib/articles/**', 'lib/i18n/**', 'lib/validation/**', 'lib/security/**', 'lib/notifications/**', 'lib/errors.ts', 'lib/vocabulary.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: FRAMEWORK_AND_SERVER }] },
  },
  {
    files: ['app/**', 'components/**', 'lib/server/**'],
    ignores: ['lib/server/data/**', 'lib/server/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: DB_CLIENT }] },
  },
  {
    files: ['lib/server/data/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: DATA_TIER }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Worker']", message: 'lib/server/data holds database operations only; start worker threads in lib/server/<feature>/.' }],
    },
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
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'prisma/**', 'scripts/start.ts', 'scripts/server.ts', 'scripts/db/**'],
    ignores: ['lib/config.ts', '**/*.test.ts', 'lib/server/db/generated/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through config() from lib/config.ts (it validates every variable at start).' }],
    },
  },
  {
    // Every string of the interface comes from a message catalogue (messages/, issue 17): text in
    // JSX and the attributes a person reads or hears are translated, never written in place.
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    ignores: ['app/api/**', 'app/bench/**', '**/*.test.tsx'],
    rules: {
      'react/jsx-no-literals': ['error', { noStrings: false, ignoreProps: true, allowedStrings: INTERFACE_PUNCTUATION }],
      'no-restricted-syntax': [
        'error',
        {
          selector: `JSXAttribute[name.name=/^(${READ_ATTRIBUTES.join('|')})$/] > Literal[value=/[A-Za-z]/]`,
          message: 'Interface text comes from the message catalogue: t(…) from next-intl (messages/<locale>/<area>.json).',
        },
        {
          selector: `JSXAttribute[name.name=/^(${READ_ATTRIBUTES.join('|')})$/] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]{2}/]`,
          message: 'Interface text comes from the message catalogue: t(…) from next-intl (messages/<locale>/<area>.json).',
        },
      ],
    },
  },
];

export default config;
