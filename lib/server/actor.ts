import 'server-only';
// Who is acting: the signed-in user as the rest of the server sees them.
import type { Role, TokenScope } from '../vocabulary';

export type { Role, TokenScope };

/**
 * `token` is set when the request came with an API token instead of a session:
 * the token acts as its user, but only within its scopes.
 */
export type Actor = { id: string; email: string; name: string; role: Role; token?: { id: string; scopes: readonly TokenScope[] } };
