import 'server-only';
// Row locks that keep annotation writes and text revisions from interleaving:
// an annotation is validated against the very text that is current when it is
// stored, and a revision re-anchors every annotation that exists when it commits.
import { AppError } from '../../../errors';
import { type SqlTransaction, runSql } from '../../db/sql-transaction';
import { isUuid } from '../../../validation/uuid';
import type { ArticleStatus } from '../../../vocabulary';
import { type RevisionText, revisionText } from './revision-text';

export type LockedArticle = { id: string; title: string; revision: number; text: string; status: ArticleStatus };

/** What the lock statement returns. */
export type LockedRow = Omit<LockedArticle, 'text'> & { textHash: string };

type LockMode = 'share' | 'write' | 'revise';

const LOCK_CLAUSE = { revise: 'FOR UPDATE', write: 'FOR NO KEY UPDATE', share: 'FOR SHARE' } as const;

/**
 * - 'share': read the text and keep it from being revised until commit.
 * - 'write': the same, for a transaction that will also update the article row
 *   (its activity time). Taking the row lock up front matters: two transactions
 *   holding FOR SHARE that both then UPDATE the row deadlock.
 *   Verdicts and publishing take it too, so no annotation save slips between
 *   reading the consensus and acting on it.
 * - 'revise': exclusive, for replacing the text.
 */
export async function lockArticle(tx: SqlTransaction, articleId: string, mode: LockMode): Promise<LockedArticle> {
  if (!isUuid(articleId)) throw new AppError('not_found', 'No article with that id.');
  const [row] = await runSql<LockedRow>(tx, lockArticleSql('$1::uuid', mode), [articleId]);
  return lockedArticle(tx, row);
}

/** The lock statement, the article named by `id` (a parameter, or a literal of sqlUuid for a batch). */
export function lockArticleSql(id: string, mode: LockMode): string {
  return `SELECT id, title, revision, "textHash", status::text AS status FROM "Article" WHERE id = ${id} ${LOCK_CLAUSE[mode]}`;
}

/** The article whose row the lock statement returned (a 404 without one), with the text of its locked revision. */
export async function lockedArticle(tx: SqlTransaction, row: LockedRow | undefined): Promise<LockedArticle> {
  if (!row) throw new AppError('not_found', 'No article with that id.');
  // The text of the locked revision, from the process's cache; on a miss read in this transaction,
  // which holds the row and so sees exactly that revision (issue 16: the text was 35 kB a save).
  const content = await revisionText({ articleId: row.id, revision: row.revision, textHash: row.textHash }, async () => {
    const [found] = await runSql<RevisionText>(tx, 'SELECT html, text FROM "Article" WHERE id = $1::uuid', [row.id]);
    return found ?? null;
  });
  if (!content) throw new AppError('not_found', 'No article with that id.');
  return { id: row.id, title: row.title, revision: row.revision, text: content.text, status: row.status };
}
