import 'server-only';
import type { AnnotationView } from '../../../views/annotation-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { requireArticle } from '../articles/require-article';
import { annotationSelect, toAnnotationView } from './annotation-record';
import { visibleAnnotationsWhere } from './visible-annotations-where';

/** The article's live annotations the actor may see under blind review, in text order. */
export async function listAnnotations(actor: Authorized<'articles:read'>, articleId: string, options: { includeDeleted?: boolean } = {}): Promise<AnnotationView[]> {
  await requireArticle(articleId);
  const rows = await db().annotation.findMany({
    where: { AND: [{ articleId }, visibleAnnotationsWhere(actor, { includeOwnDeleted: options.includeDeleted })] },
    orderBy: [{ start: 'asc' }, { end: 'desc' }, { createdAt: 'asc' }],
    select: annotationSelect,
  });
  return rows.map((row) => toAnnotationView(row, actor));
}
