import 'server-only';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import type { UserListItem } from '../../../views/user-views';

export async function listUsers(_actor: Authorized<'users:manage'>): Promise<UserListItem[]> {
  const rows = await db().user.findMany({
    orderBy: [{ role: 'desc' }, { email: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
  return rows.map(({ disabledAt, createdAt, ...row }) => ({ ...row, disabled: disabledAt !== null, createdAt: createdAt.toISOString() }));
}
