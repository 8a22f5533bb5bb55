import 'server-only';
// Server actions answer forms with this shape; errors become the message shown
// beside the form, never a thrown 500.
import { isAppError } from '../../errors';
import { isDatabaseUnavailableError } from '../db/is-unavailable-error';

export type ActionState = { ok?: boolean; message?: string; error?: string };

export function actionError(error: unknown): ActionState {
  if (isAppError(error)) return { error: error.message };
  if (isDatabaseUnavailableError(error)) return { error: 'The database is not reachable right now. Try again in a moment.' };
  throw error; // unknown failures go to the error boundary and the log
}
