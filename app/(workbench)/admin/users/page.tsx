import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserRow } from '@/components/admin/user-row';
import { listUsers } from '@/lib/server/data/users/list-users';
import { requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const actor = await requirePageActor('users:manage', '/admin/users');
  const users = await listUsers(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Users</h1>
      <p className="mt-2 text-stone-700">Reviewers annotate; editors also import articles and adjudicate; admins also manage users. Changing a role or disabling someone signs them out.</p>
      <table className="mt-6 w-full border-collapse bg-white text-left shadow-sm">
        <caption className="sr-only">People with access</caption>
        <thead className="border-b border-stone-300 text-sm text-stone-700">
          <tr>
            <th scope="col" className="p-3">Name</th>
            <th scope="col" className="p-3">Email</th>
            <th scope="col" className="p-3">Role and access</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => <UserRow key={user.id} user={user} isSelf={user.id === actor.id} />)}
        </tbody>
      </table>
      <h2 className="mt-10 text-xl font-semibold">Add a person</h2>
      <CreateUserForm />
    </>
  );
}
