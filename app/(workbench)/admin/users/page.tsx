import { getTranslations } from 'next-intl/server';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserRow } from '@/components/admin/user-row';
import { listUsers } from '@/lib/server/data/users/list-users';
import { requirePageActor } from '@/lib/server/guards';
import { DataTable } from '@/components/ui/data-table';

export async function generateMetadata() {
  const t = await getTranslations('admin.users');
  return { title: t('title') };
}

export default async function UsersPage() {
  const actor = await requirePageActor('users:manage', '/admin/users');
  const [users, t] = await Promise.all([listUsers(actor), getTranslations('admin.users')]);
  const columns = [{ label: t('column.name') }, { label: t('column.email') }, { label: t('column.access') }];
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-stone-700">{t('intro')}</p>
      <DataTable caption={t('caption')} columns={columns} className="mt-6">
        {users.map((user) => <UserRow key={user.id} user={user} isSelf={user.id === actor.id} />)}
      </DataTable>
      <h2 className="mt-10 text-xl font-semibold">{t('addHeading')}</h2>
      <CreateUserForm />
    </>
  );
}
