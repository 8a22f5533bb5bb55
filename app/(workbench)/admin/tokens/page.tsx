import { getTranslations } from 'next-intl/server';
import { TokenManager } from '@/components/admin/token-manager';
import { listProjects } from '@/lib/server/data/projects/list-projects';
import { listApiTokens } from '@/lib/server/data/tokens/list-api-tokens';
import { listUsers } from '@/lib/server/data/users/list-users';
import { authorize, requirePageActor } from '@/lib/server/guards';

export async function generateMetadata() {
  const t = await getTranslations('admin.tokens');
  return { title: t('title') };
}

export default async function TokensPage() {
  const actor = await requirePageActor('tokens:manage', '/admin/tokens');
  const [{ tokens, defaultExpiryDays }, users, projects, t] = await Promise.all([
    listApiTokens(actor),
    listUsers(authorize(actor, 'users:manage')),
    listProjects(authorize(actor, 'articles:read')),
    getTranslations('admin.tokens'),
  ]);
  // Relative times ("3 minutes ago") count from this one instant, in the server's render and the browser's hydration alike.
  const readAt = new Date().toISOString();
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        {t.rich('intro', {
          days: defaultExpiryDays,
          // The header is HTTP's, the same in every language; only the placeholder is a word.
          header: () => <code className="rounded bg-stone-100 px-1">{`Authorization: Bearer <${t('tokenPlaceholder')}>`}</code>,
        })}
      </p>
      <TokenManager
        tokens={tokens}
        defaultExpiryDays={defaultExpiryDays}
        now={readAt}
        users={users.filter((user) => !user.disabled).map(({ id, name, email, role }) => ({ id, name, email, role }))}
        projects={projects.map(({ id, name }) => ({ id, name }))}
        selfId={actor.id}
      />
    </>
  );
}
