// The shape users leave the data layer in.
import type { Role } from '../vocabulary';

export type UserListItem = { id: string; email: string; name: string; role: Role; disabled: boolean; createdAt: string };
