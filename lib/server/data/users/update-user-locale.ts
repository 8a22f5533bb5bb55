import 'server-only';
import type { Locale } from '../../../vocabulary';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';

/** Saves the caller's interface language (null: follow the browser again). */
export async function updateUserLocale(actor: Authorized<'account:locale'>, locale: Locale | null): Promise<{ locale: Locale | null }> {
  await db().user.update({ where: { id: actor.id }, data: { locale }, select: { id: true } });
  return { locale };
}
