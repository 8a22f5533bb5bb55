import 'server-only';
import type { GuidelinesVersion } from '../../../views/project-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { readGuidelinesHistory } from './read-guidelines';

/** Every version of the project's guidelines, newest first. The actor is narrowed to the project. */
export async function listGuidelines(_actor: Authorized<'articles:read'>, projectId: string): Promise<GuidelinesVersion[]> {
  return readGuidelinesHistory(db(), projectId);
}
