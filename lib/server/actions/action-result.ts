import 'server-only';
// Server actions answer forms with this shape; errors become the message shown
// beside the form, never a thrown 500.
import { getLocale, getTranslations } from 'next-intl/server';
import { AppError, type ErrorCode, isAppError } from '../../errors';
import { isDatabaseUnavailableError } from '../db/is-unavailable-error';

export type ActionState = { ok?: boolean; message?: string; error?: string };

export async function actionError(error: unknown): Promise<ActionState> {
  if (isAppError(error)) return { error: await wordRefusal(error.code, error.message) };
  if (isDatabaseUnavailableError(error)) return { error: await wordRefusal('unavailable', 'The database is not reachable right now. Try again in a moment.') };
  throw error; // unknown failures go to the error boundary and the log
}

/**
 * A refusal in the person's language, as the browser's describeError words an API refusal
 * (components/api/api-request.ts): the server's own sentence in English; in another language
 * the sentence for its code, then the server's English detail, isolated for right-to-left text.
 */
async function wordRefusal(code: ErrorCode, message: string): Promise<string> {
  const locale = await getLocale();
  if (locale === 'en') return message;
  const t = await getTranslations('errors');
  return t('withDetail', { sentence: t(`api.${code}`), detail: `\u2068${message}\u2069` });
}

/**
 * The form an action was invoked with. Its arguments come from the request body, which a
 * hand-made request can fill with anything; without this a wrong one was a TypeError and a 500.
 */
export function requireFormData(form: unknown): FormData {
  if (form instanceof FormData) return form;
  throw new AppError('bad_request', 'The form did not arrive as form data. Reload the page and send it again.');
}
