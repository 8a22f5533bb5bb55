import 'server-only';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';

/**
 * The account with this email (stored lower-case), for adding it to a project
 * by address: a project's editors cannot list users, so they name one. Only
 * the id and name leave here; null when there is none.
 */
export async function findUserByEmail(_actor: Authorized<'projects:manage'>, email: string): Promise<{ id: string; name: string } | null> {
  return db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, name: true } });
}
