import 'server-only';
// Server actions answer forms with this shape; errors become the message shown
// beside the form, never a thrown 500.
import { AppError, isAppError } from '../../errors';
import { isDatabaseUnavailableError } from '../db/is-unavailable-error';

export type ActionState = { ok?: boolean; message?: string; error?: string };

export function actionError(error: unknown): ActionState {
  if (isAppError(error)) return { error: error.message };
  if (isDatabaseUnavailableError(error)) return { error: 'The database is not reachable right now. Try again in a moment.' };
  throw error; // unknown failures go to the error boundary and the log
}

/**
 * The form an action was invoked with. Its arguments come from the request body, which a
 * hand-made request can fill with anything; without this a wrong one was a TypeError and a 500.
 */
export function requireFormData(form: unknown): FormData {
  if (form instanceof FormData) return form;
  throw new AppError('bad_request', 'The form did not arrive as form data. Reload the page and send it again.');
}
