import type { Metadata } from 'next';
import { TokenManager } from '@/components/admin/token-manager';
import { listApiTokens } from '@/lib/server/data/tokens/manage-api-tokens';
import { listUsers } from '@/lib/server/data/users/list-users';
import { requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage() {
  const actor = await requirePageActor('tokens:manage', '/admin/tokens');
  const [tokens, users] = await Promise.all([listApiTokens(actor), listUsers(actor)]);
  return (
    <>
      <h1 className="text-2xl font-bold">API tokens</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Tokens let newsroom systems read exports and the annotation container, or write annotations, with{' '}
        <code className="rounded bg-stone-100 px-1">Authorization: Bearer &lt;token&gt;</code>. A token acts as the account it is made for — that account&apos;s role
        and blind-review rules apply — and only within its scopes. The secret is shown once; only a digest is stored. Every call is logged.
      </p>
      <TokenManager
        tokens={tokens}
        users={users.filter((user) => !user.disabled).map(({ id, name, email, role }) => ({ id, name, email, role }))}
        selfId={actor.id}
      />
    </>
  );
}
