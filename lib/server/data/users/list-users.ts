import 'server-only';
import type { Actor } from '../../actor';
import { db } from '../../db/client';
import { authorize } from '../../guards';
import type { UserListItem } from '../../../views/user-views';

export async function listUsers(actor: Actor): Promise<UserListItem[]> {
  authorize(actor, 'users:manage');
  const rows = await db().user.findMany({
    orderBy: [{ role: 'desc' }, { email: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
  return rows.map(({ disabledAt, createdAt, ...row }) => ({ ...row, disabled: disabledAt !== null, createdAt: createdAt.toISOString() }));
}
