import 'server-only';
// Loads one annotation under blind review. Visibility is decided by the query
// itself (visibleAnnotationsSql, visibleAnnotationsWhere's rule) before any lock is taken: an id the actor
// may not see gets exactly what an absent one gets — the same single query,
// the same 404, no wait on another reviewer's article lock.
import { AppError } from '../../../errors';
import type { Actor } from '../../actor';
import { type SqlTransaction, runSql, runSqlBatch, sqlUuid } from '../../db/sql-transaction';
import { type Authorized, authorizeAnnotationChange } from '../../guards';
import type { LockedArticle } from '../articles/lock-article';
import { ANNOTATION_COLUMNS, type AnnotationRow, type AnnotationSqlRow, fromSqlRow } from './annotation-record';
import { annotationWriteLockSql, annotationWriteLocked } from './annotation-freeze';
import { visibleAnnotationsSql } from './visible-annotations-sql';
import { isUuid } from '../../../validation/uuid';

/** The annotation if the actor may see it (their own deleted ones included), else a 404. One statement, in either kind of transaction. */
export async function loadVisibleAnnotation(tx: SqlTransaction, actor: Actor, annotationId: string): Promise<AnnotationRow> {
  if (!isUuid(annotationId)) throw notFound();
  const visible = visibleAnnotationsSql(actor, { includeOwnDeleted: true }, 2);
  const [row] = await runSql<AnnotationSqlRow>(
    tx,
    `SELECT ${ANNOTATION_COLUMNS} FROM "Annotation" c ${visible.joins} JOIN "User" u ON u.id = c."authorId" WHERE c.id = $1::uuid AND ${visible.condition}`,
    [annotationId, ...visible.values],
  );
  if (!row) throw notFound();
  return fromSqlRow(row);
}

/**
 * The annotation about to be changed by its author, locked, with its article
 * locked for writing: 404 unless visible, 403 unless the actor's own, then the
 * freeze rules (published article, submitted review: 409). Lock order is always
 * article, then annotation (as a revision takes them), so concurrent edits,
 * saves and revisions wait for each other instead of deadlocking. The row is
 * read again under the locks, since it may have changed while we waited.
 * (Annotations are never hard-deleted outside an article's cascade, so it is still there.)
 */
export async function loadAnnotationForChange(tx: SqlTransaction, actor: Authorized<'annotations:write'>, annotationId: string): Promise<{ before: AnnotationRow; article: LockedArticle }> {
  const seen = await loadVisibleAnnotation(tx, actor, annotationId);
  authorizeAnnotationChange(actor, seen);
  // The article's lock and freeze read, then the annotation locked and read again in one statement:
  // the actor's own annotation, so visible to them whatever changed meanwhile; only its content may
  // have. The three go as one batch (one round trip on a pool connection), in that order.
  const [lockRows, stateRows, beforeRows] = await runSqlBatch(tx, [
    ...annotationWriteLockSql(actor, seen.articleId),
    `SELECT ${ANNOTATION_COLUMNS} FROM "Annotation" c JOIN "User" u ON u.id = c."authorId" WHERE c.id = ${sqlUuid(annotationId)} FOR UPDATE OF c`,
  ]);
  const article = await annotationWriteLocked(tx, actor, [lockRows!, stateRows!]);
  const before = beforeRows?.[0] as AnnotationSqlRow | undefined;
  if (!before) throw notFound();
  return { before: fromSqlRow(before), article };
}

/** Refuses a change made against an older version than the stored one. */
export function assertCurrentVersion(row: AnnotationRow, version: number | undefined): void {
  if (version !== undefined && version !== row.version) {
    throw new AppError('conflict', `This annotation was changed elsewhere (you edited version ${version}, the current one is ${row.version}). Reload to see the latest before saving again.`, {
      currentVersion: row.version,
    });
  }
}

function notFound(): AppError {
  return new AppError('not_found', 'No annotation with that id.');
}
