import 'server-only';
// Who is acting: the signed-in user as the rest of the server sees them.
import type { Locale, Role, TokenScope } from '../vocabulary';

export type { Role, TokenScope };

/**
 * `role` is the account's role: the most it may do anywhere. `projects` maps
 * each project the actor works in to its role there (never above `role`); null
 * means every project, as `role` (an admin not limited by a token). A request
 * about one project's content narrows the actor to that project
 * (guards.ts, `inProject`): `role` becomes the role there and `projects` holds
 * that project alone, so everything downstream (blind review included) follows
 * the project role without knowing about projects.
 *
 * `token` is set when the request came with an API token instead of a session:
 * the token acts as its user, but only within its scopes (and its projects,
 * already applied to `projects`).
 */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  projects: ReadonlyMap<string, Role> | null;
  token?: { id: string; scopes: readonly TokenScope[] };
  /** The interface language the user saved (issue 17); absent or null follows the browser. */
  locale?: Locale | null;
};
