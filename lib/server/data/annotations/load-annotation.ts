import 'server-only';
// Loads one annotation for a change, applying the same blind-review rule as
// listing: what the actor may not see is "not found", not "forbidden", so ids
// of other reviewers' annotations reveal nothing.
import { AppError } from '../../../errors';
import type { Actor } from '../../actor';
import type { Prisma } from '../../db/client';
import { visibleAnnotationAuthor } from '../../guards';
import { lockArticle } from '../articles/lock-article';
import { type AnnotationRow, annotationSelect } from './annotation-record';
import { isUuid } from '../../../validation/uuid';

export async function loadVisibleAnnotation(tx: Prisma.TransactionClient, actor: Actor, annotationId: string, options: { lock?: boolean } = {}): Promise<AnnotationRow> {
  if (!isUuid(annotationId)) throw notFound();
  if (options.lock) {
    // Lock order is always article, then annotation (as a revision takes them),
    // so concurrent edits, saves and revisions wait for each other instead of deadlocking.
    const [owner] = await tx.$queryRaw<{ articleId: string }[]>`SELECT "articleId" FROM "Annotation" WHERE id = ${annotationId}::uuid`;
    if (!owner) throw notFound();
    await lockArticle(tx, owner.articleId, 'write');
    await tx.$queryRaw`SELECT id FROM "Annotation" WHERE id = ${annotationId}::uuid FOR UPDATE`;
  }
  const row = await tx.annotation.findUnique({ where: { id: annotationId }, select: annotationSelect });
  if (!row) throw notFound();
  if (row.authorId !== actor.id) {
    const submitted = await tx.reviewSubmission.findUnique({ where: { articleId_reviewerId: { articleId: row.articleId, reviewerId: actor.id } }, select: { id: true } });
    if (visibleAnnotationAuthor(actor, submitted !== null) !== null || row.deletedAt) throw notFound();
  }
  return row;
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
