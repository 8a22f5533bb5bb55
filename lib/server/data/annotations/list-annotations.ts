import 'server-only';
import type { AnnotationView } from '../../../views/annotation-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { annotationSelect, toAnnotationView } from './annotation-record';
import { visibleAnnotationsWhere } from './visible-annotations-where';

/**
 * The article's live annotations the actor may see under blind review, in text order. Every caller
 * has passed the article guard (requireArticleActor, requirePageArticleActor), whose lookup of the
 * article's project already answered 404 for an unknown id; reading the article again here cost a
 * round trip and its whole text per request (issue 16).
 */
export async function listAnnotations(actor: Authorized<'articles:read'>, articleId: string, options: { includeDeleted?: boolean } = {}): Promise<AnnotationView[]> {
  const rows = await db().annotation.findMany({
    where: { AND: [{ articleId }, visibleAnnotationsWhere(actor, { includeOwnDeleted: options.includeDeleted })] },
    orderBy: [{ start: 'asc' }, { end: 'desc' }, { createdAt: 'asc' }],
    select: annotationSelect,
  });
  return rows.map((row) => toAnnotationView(row, actor));
}
