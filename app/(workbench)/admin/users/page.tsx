import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserRow } from '@/components/admin/user-row';
import { listUsers } from '@/lib/server/data/users/list-users';
import { requirePageActor } from '@/lib/server/guards';
import { type Column, DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: 'Users' };

const USER_COLUMNS: Column[] = [{ label: 'Name' }, { label: 'Email' }, { label: 'Role and access' }];

export default async function UsersPage() {
  const actor = await requirePageActor('users:manage', '/admin/users');
  const users = await listUsers(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Users</h1>
      <p className="mt-2 text-stone-700">Reviewers annotate; editors also import articles and adjudicate; admins also manage users. Changing a role or disabling someone signs them out.</p>
      <DataTable caption="People with access" columns={USER_COLUMNS} className="mt-6">
          {users.map((user) => <UserRow key={user.id} user={user} isSelf={user.id === actor.id} />)}
        </DataTable>
      <h2 className="mt-10 text-xl font-semibold">Add a person</h2>
      <CreateUserForm />
    </>
  );
}
