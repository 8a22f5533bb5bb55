import 'server-only';
import { reanchorAll } from '../../../anchoring/reanchor-all';
import { describeSpan } from '../../../anchoring/selectors';
import type { PreparedArticle } from '../../../articles/prepare-article';
import type { ReanchorReport } from '../../../views/annotation-views';
import type { Actor } from '../../actor';
import { db } from '../../db/client';
import { authorize } from '../../guards';
import { annotationSelect, historySnapshot } from '../annotations/annotation-record';
import { lockArticle } from './lock-article';

/**
 * Makes `prepared` the article's new revision (the old one is kept) and
 * re-anchors every annotation to it in the same transaction: same offsets when
 * the quote is still there, found again when it moved, orphaned otherwise —
 * never dropped. Each re-anchored annotation gets a history entry.
 */
export async function reviseArticleText(actor: Actor, articleId: string, prepared: Pick<PreparedArticle, 'title' | 'html' | 'text' | 'textHash'>): Promise<ReanchorReport> {
  authorize(actor, 'articles:revise');
  return db().$transaction(
    async (tx) => {
      const article = await lockArticle(tx, articleId, 'revise');
      const revision = article.revision + 1;
      await tx.articleRevision.create({ data: { articleId, revision, title: prepared.title, html: prepared.html, text: prepared.text, textHash: prepared.textHash, authorId: actor.id } });
      await tx.article.update({ where: { id: articleId }, data: { title: prepared.title, html: prepared.html, text: prepared.text, textHash: prepared.textHash, revision, lastActivityAt: new Date() } });

      const annotations = await tx.annotation.findMany({ where: { articleId }, select: annotationSelect, orderBy: { createdAt: 'asc' } });
      const report = reanchorAll(
        annotations.map((row) => ({ id: row.id, selectors: { position: { start: row.start, end: row.end }, quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix } } })),
        prepared.text,
      );
      for (const before of annotations) {
        const result = report.results.get(before.id);
        if (!result) continue;
        const data =
          result.state === 'orphaned'
            ? { anchorState: 'orphaned' as const }
            : {
                start: result.start,
                end: result.end,
                ...describeSpan(prepared.text, result.start, result.end).quote,
                revision,
                anchorState: result.state === 'anchored' && before.anchorState !== 'orphaned' ? before.anchorState : ('reanchored' as const),
              };
        const after = await tx.annotation.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } }, select: annotationSelect });
        await tx.annotationEvent.create({ data: { annotationId: before.id, actorId: actor.id, action: 'reanchor', before: historySnapshot(before), after: historySnapshot(after) } });
      }
      return { revision, kept: report.kept, moved: report.moved, orphaned: report.orphaned };
    },
    { timeout: 60_000 },
  );
}
