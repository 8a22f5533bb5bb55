import 'server-only';
// Who is acting: the signed-in user as the rest of the server sees them.
export type Role = 'reviewer' | 'editor' | 'admin';

export type Actor = { id: string; email: string; name: string; role: Role };
