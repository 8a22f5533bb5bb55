import 'server-only';
import { isLocale } from '../../../i18n/locales';
import type { Locale } from '../../../vocabulary';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';

/** Saves the caller's interface language (null: follow the browser again). */
export async function updateUserLocale(actor: Authorized<'account:locale'>, locale: Locale | null): Promise<{ locale: Locale | null }> {
  await db().user.update({ where: { id: actor.id }, data: { locale }, select: { id: true } });
  return { locale };
}

/** The caller's saved interface language, read from the account (null: the browser decides). */
export async function readUserLocale(actor: Authorized<'account:locale'>): Promise<{ locale: Locale | null }> {
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { locale: true } });
  return { locale: isLocale(user?.locale) ? user.locale : null };
}
