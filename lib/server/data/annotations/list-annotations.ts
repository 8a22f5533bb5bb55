import 'server-only';
import type { AnnotationView } from '../../../views/annotation-views';
import type { Actor } from '../../actor';
import { db } from '../../db/client';
import { authorize, visibleAnnotationAuthor } from '../../guards';
import { requireArticle } from '../articles/require-article';
import { findReviewSubmission } from '../reviews/find-review-submission';
import { annotationSelect, toAnnotationView } from './annotation-record';

/** The article's live annotations the actor may see under blind review, in text order. */
export async function listAnnotations(actor: Actor, articleId: string, options: { includeDeleted?: boolean } = {}): Promise<AnnotationView[]> {
  authorize(actor, 'articles:read');
  await requireArticle(articleId);
  const submitted = (await findReviewSubmission(actor, articleId)) !== null;
  const author = visibleAnnotationAuthor(actor, submitted);
  const rows = await db().annotation.findMany({
    where: {
      articleId,
      ...(author ? { authorId: author } : {}),
      // Deleted ones only ever come back to their own author (for undo).
      ...(options.includeDeleted ? { OR: [{ deletedAt: null }, { authorId: actor.id }] } : { deletedAt: null }),
    },
    orderBy: [{ start: 'asc' }, { end: 'desc' }, { createdAt: 'asc' }],
    select: annotationSelect,
  });
  return rows.map((row) => toAnnotationView(row, actor));
}
