import type { Metadata } from 'next';
import { TokenManager } from '@/components/admin/token-manager';
import { listProjects } from '@/lib/server/data/projects/list-projects';
import { listApiTokens } from '@/lib/server/data/tokens/list-api-tokens';
import { listUsers } from '@/lib/server/data/users/list-users';
import { authorize, requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage() {
  const actor = await requirePageActor('tokens:manage', '/admin/tokens');
  const [{ tokens, defaultExpiryDays }, users, projects] = await Promise.all([listApiTokens(actor), listUsers(authorize(actor, 'users:manage')), listProjects(authorize(actor, 'articles:read'))]);
  // Relative times ("3 minutes ago") count from this one instant, in the server's render and the browser's hydration alike.
  const readAt = new Date().toISOString();
  return (
    <>
      <h1 className="text-2xl font-bold">API tokens</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Tokens let newsroom systems read exports and the annotation container, or write annotations, with{' '}
        <code className="rounded bg-stone-100 px-1">Authorization: Bearer &lt;token&gt;</code>. A token acts as the account it is made for — that account&apos;s role
        and blind-review rules apply — only within its scopes, and only in the projects it is limited to (all of that account&apos;s projects if none are chosen). The secret is shown once; only a digest is stored. Every call is logged.
        A token stops working when it expires (after {defaultExpiryDays} days unless you choose otherwise), when it is revoked, or — for good — when its
        account is disabled.
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
