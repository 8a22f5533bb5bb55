// Seeds an empty database: the two sample articles and, on the embedded
// database or with SEED_DEMO=1, the demo accounts. Idempotent: does nothing to
// a database that already has articles or users.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { prepareArticle } from '../lib/articles/prepare-article';
import { hashPassword } from '../lib/security/password-hash';
import { passwordProblem } from '../lib/security/password-policy';
import { PrismaClient } from '../lib/server/db/generated/client';

const here = path.dirname(fileURLToPath(import.meta.url));

export const DEMO_ACCOUNTS = [
  { email: 'reviewer1@example.org', name: 'Rita Reviewer', role: 'reviewer' },
  { email: 'reviewer2@example.org', name: 'Ravi Reviewer', role: 'reviewer' },
  { email: 'reviewer3@example.org', name: 'Rosa Reviewer', role: 'reviewer' },
  { email: 'editor@example.org', name: 'Edda Editor', role: 'editor' },
  { email: 'admin@example.org', name: 'Ada Admin', role: 'admin' },
] as const;

const BOOTSTRAP_ADMIN_NAME = 'Administrator';

/** A sample's metadata as collected; byline and dates only where the collected copy states them. */
type SampleEntry = { file: string; publisher?: string; sourceUrl?: string; source?: { name: string; domains: string[] }; byline?: string; publishedAt?: string };

export type SeedResult = { articles: number; demoPassword: string | null; demoPasswordGenerated: boolean; adminPassword: string | null; noUsers: boolean };

type SeedOptions = { demoAccounts: boolean; demoPassword?: string; bootstrapAdmin?: { email: string; password?: string } };

export async function seedDatabase(url: string, options: SeedOptions): Promise<SeedResult> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const result: SeedResult = { articles: 0, demoPassword: null, demoPasswordGenerated: false, adminPassword: null, noUsers: false };
    // One transaction, serialised by an advisory lock, so two app processes
    // starting together seed once.
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(727274)`;
      if (options.demoAccounts && (await tx.user.count()) === 0) {
        // Demo accounts (a local trial, the test suites) take SEED_DEMO_PASSWORD as it is: the password policy is for real accounts.
        const password = options.demoPassword || randomBytes(12).toString('base64url');
        const passwordHash = await hashPassword(password);
        await tx.user.createMany({ data: DEMO_ACCOUNTS.map((account) => ({ ...account, passwordHash })) });
        result.demoPassword = password;
        result.demoPasswordGenerated = !options.demoPassword;
      }
      if (options.bootstrapAdmin && (await tx.user.count()) === 0) {
        // First admin of a real deployment; the password is printed once if not given, and held to the policy if given.
        const email = options.bootstrapAdmin.email.trim().toLowerCase();
        const given = options.bootstrapAdmin.password;
        const problem = given ? passwordProblem(given, { email, name: BOOTSTRAP_ADMIN_NAME }) : null;
        if (problem) throw new Error(`ADMIN_PASSWORD is refused by the password policy: ${problem}. Choose another, or leave ADMIN_PASSWORD unset to have one generated.`);
        const password = given || randomBytes(12).toString('base64url');
        await tx.user.create({ data: { email, name: BOOTSTRAP_ADMIN_NAME, role: 'admin', passwordHash: await hashPassword(password) } });
        result.adminPassword = options.bootstrapAdmin.password ? null : password;
      }
      result.noUsers = (await tx.user.count()) === 0;
      // The migration made the default project; a database made before it cannot reach here without it.
      const project = await tx.project.findFirstOrThrow({ orderBy: { createdAt: 'asc' }, select: { id: true } });
      if (result.demoPassword) {
        // Demo reviewers and the editor work in the default project; the admin sees every project without joining.
        const members = await tx.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) }, role: { not: 'admin' } }, select: { id: true, role: true } });
        await tx.projectMember.createMany({ data: members.map((user) => ({ projectId: project.id, userId: user.id, role: user.role === 'editor' ? 'editor' : 'reviewer' })), skipDuplicates: true });
      }
      if ((await tx.article.count()) === 0) {
        const entries = JSON.parse(await readFile(path.join(here, 'seed-data/articles/index.json'), 'utf8')) as SampleEntry[];
        for (const entry of entries) {
          const prepared = prepareArticle({ text: await readFile(path.join(here, 'seed-data/articles', entry.file), 'utf8') });
          // Sources are desk-wide: one row per outlet however many samples name it (the name is unique).
          const source = entry.source
            ? await tx.source.upsert({ where: { name: entry.source.name }, update: {}, create: { name: entry.source.name, domains: entry.source.domains }, select: { id: true } })
            : null;
          await tx.article.create({
            data: {
              title: prepared.title,
              html: prepared.html,
              text: prepared.text,
              textHash: prepared.textHash,
              publisher: entry.publisher ?? null,
              sourceUrl: entry.sourceUrl ?? null,
              sourceId: source?.id ?? null,
              byline: entry.byline ?? null,
              publishedAt: entry.publishedAt ? new Date(entry.publishedAt) : null,
              projectId: project.id,
              revisions: { create: { revision: 1, title: prepared.title, html: prepared.html, text: prepared.text, textHash: prepared.textHash } },
            },
          });
          result.articles += 1;
        }
      }
    }, { timeout: 60_000 });
    return result;
  } finally {
    await prisma.$disconnect();
  }
}
