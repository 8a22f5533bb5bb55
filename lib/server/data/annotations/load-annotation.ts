import 'server-only';
// Loads one annotation under blind review. Visibility is decided by the query
// itself (visibleAnnotationsWhere) before any lock is taken: an id the actor
// may not see gets exactly what an absent one gets — the same single query,
// the same 404, no wait on another reviewer's article lock.
import { AppError } from '../../../errors';
import type { Actor } from '../../actor';
import type { Prisma } from '../../db/client';
import { type Authorized, authorizeAnnotationChange } from '../../guards';
import type { LockedArticle } from '../articles/lock-article';
import { type AnnotationRow, annotationSelect } from './annotation-record';
import { lockArticleForAnnotationWrite } from './annotation-freeze';
import { visibleAnnotationsWhere } from './visible-annotations-where';
import { isUuid } from '../../../validation/uuid';

/** The annotation if the actor may see it (their own deleted ones included), else a 404. */
export async function loadVisibleAnnotation(tx: Prisma.TransactionClient, actor: Actor, annotationId: string): Promise<AnnotationRow> {
  const row = isUuid(annotationId)
    ? await tx.annotation.findFirst({ where: { AND: [{ id: annotationId }, visibleAnnotationsWhere(actor, { includeOwnDeleted: true })] }, select: annotationSelect })
    : null;
  if (!row) throw notFound();
  return row;
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
export async function loadAnnotationForChange(tx: Prisma.TransactionClient, actor: Authorized<'annotations:write'>, annotationId: string): Promise<{ before: AnnotationRow; article: LockedArticle }> {
  const seen = await loadVisibleAnnotation(tx, actor, annotationId);
  authorizeAnnotationChange(actor, seen);
  const article = await lockArticleForAnnotationWrite(tx, actor, seen.articleId);
  await tx.$queryRaw`SELECT id FROM "Annotation" WHERE id = ${annotationId}::uuid FOR UPDATE`;
  // The actor's own annotation, so visible to them whatever changed meanwhile; only its content may have.
  const before = await tx.annotation.findUniqueOrThrow({ where: { id: annotationId }, select: annotationSelect });
  return { before, article };
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
