import 'server-only';
// One annotation at its own IRI, under the same blind-review rule as the
// workbench (loadVisibleAnnotation: another reviewer's id is "not found"),
// with the text its offsets refer to: the revision it was made on, which is
// the current text unless it is orphaned. Its own deleted annotation comes
// back to the author as "deleted" so the protocol can answer 410 Gone.
import { toExportAnnotation, workbenchArticleUrl } from '../../../exports/export-records';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { toAnnotationView } from '../annotations/annotation-record';
import { loadVisibleAnnotation } from '../annotations/load-annotation';
import { loadRevisionTexts } from './load-revision-texts';
import type { WebAnnotationRecord } from './web-annotation-record';

export type LoadedWebAnnotation =
  | (WebAnnotationRecord & { state: 'live'; authorId: string; version: number })
  | { state: 'deleted'; authorId: string };

/**
 * For a GET (articles:read) or the look before a PUT or DELETE, which needs
 * the right to write annotations (a write:annotations token), not to read
 * exports; blind review applies either way.
 */
export async function loadWebAnnotation(actor: Authorized<'articles:read'> | Authorized<'annotations:write'>, annotationId: string, baseUrl: string): Promise<LoadedWebAnnotation> {
  return db().$transaction(async (tx) => {
    const row = await loadVisibleAnnotation(tx, actor, annotationId);
    if (row.deletedAt) return { state: 'deleted', authorId: row.authorId };
    const article = await tx.article.findUniqueOrThrow({ where: { id: row.articleId }, select: { id: true, title: true, sourceUrl: true } });
    const texts = await loadRevisionTexts(tx, [row]);
    const url = article.sourceUrl ?? workbenchArticleUrl(baseUrl, article.id);
    return {
      state: 'live',
      authorId: row.authorId,
      version: row.version,
      annotation: toExportAnnotation(toAnnotationView(row, actor), { id: article.id, title: article.title, url }, baseUrl),
      text: texts.get(`${row.articleId}:${row.revision}`) ?? '',
    };
  });
}
