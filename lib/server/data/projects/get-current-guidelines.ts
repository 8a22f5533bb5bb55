import 'server-only';
import type { GuidelinesVersion } from '../../../views/project-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { readLatestGuidelines } from './read-guidelines';

/**
 * A project's current guidelines, for the article page: nothing else of the project, since a desk's
 * project may have a thousand members the page has no use for. The actor is narrowed to the project.
 */
export async function getCurrentGuidelines(_actor: Authorized<'articles:read'>, projectId: string): Promise<GuidelinesVersion | null> {
  return readLatestGuidelines(db(), projectId);
}
