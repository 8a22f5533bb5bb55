import 'server-only';
import { AppError } from '../../../errors';
import { type SentIdentity, identityOnReplace } from '../../../exports/web-annotation-identity';
import type { TUpdateAnnotation } from '../../../validation/annotations';
import type { AnnotationView } from '../../../views/annotation-views';
import { runSql, withSqlTransaction } from '../../db/sql-transaction';
import type { Authorized } from '../../guards';
import { type AnnotationRow, type AnnotationSqlRow, UPDATE_ANNOTATION, fromSqlRow, historySnapshot, toAnnotationView } from './annotation-record';
import { assertCurrentVersion, loadAnnotationForChange } from './load-annotation';

/**
 * Changes the label or content of the actor's own annotation, if nobody changed
 * it since `version`. The article's activity time is not touched: a draft is
 * nobody else's business (blind review).
 * `identity` is the canonical and via a Web Annotation client sent with a PUT: set where there
 * were none, refused (409) where they would change (identityOnReplace).
 */
export async function updateAnnotation(actor: Authorized<'annotations:write'>, annotationId: string, change: TUpdateAnnotation, identity?: SentIdentity): Promise<AnnotationView> {
  const { version, ...fields } = change;
  // Plain SQL on a pool connection, as saving (createAnnotation): reviewers edit often (issue 16).
  const row = await withSqlTransaction(async (tx) => {
    const { before } = await loadAnnotationForChange(tx, actor, annotationId);
    if (before.deletedAt) throw new AppError('conflict', 'This annotation was deleted. Restore it before editing.');
    assertCurrentVersion(before, version);
    const kept = identity ? identityOnReplace(before, identity) : null;
    if (kept && !kept.ok) throw new AppError('conflict', kept.message);
    // A field left out stays as it is (as Prisma's update treats undefined).
    const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<typeof fields>;
    const next = { ...before, ...given, ...(kept?.identity ?? {}), version: before.version + 1 };
    const [after] = await runSql<AnnotationSqlRow>(tx, UPDATE_ANNOTATION, [
      annotationId,
      next.label,
      next.rationale,
      JSON.stringify(next.evidence),
      next.confidence,
      next.canonical,
      next.via,
      actor.id,
      JSON.stringify(historySnapshot(before)),
      JSON.stringify(historySnapshot({ ...next, evidence: next.evidence as AnnotationRow['evidence'] })),
    ]);
    if (!after) throw new Error('the annotation update returned no row');
    return fromSqlRow(after);
  });
  return toAnnotationView(row, actor);
}
