import 'server-only';
import type { AnnotationView } from '../../../views/annotation-views';
import type { Actor } from '../../actor';
import { db } from '../../db/client';
import { authorize } from '../../guards';
import { requireArticle } from '../articles/require-article';
import { annotationSelect, toAnnotationView } from './annotation-record';
import { visibleAnnotationsWhere } from './visible-annotations-where';

/** The article's live annotations the actor may see under blind review, in text order. */
export async function listAnnotations(actor: Actor, articleId: string, options: { includeDeleted?: boolean } = {}): Promise<AnnotationView[]> {
  authorize(actor, 'articles:read');
  await requireArticle(articleId);
  const rows = await db().annotation.findMany({
    where: { AND: [{ articleId }, visibleAnnotationsWhere(actor, { includeOwnDeleted: options.includeDeleted })] },
    orderBy: [{ start: 'asc' }, { end: 'desc' }, { createdAt: 'asc' }],
    select: annotationSelect,
  });
  return rows.map((row) => toAnnotationView(row, actor));
}
