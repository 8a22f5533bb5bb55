import 'server-only';
import { type AnchoredAnnotation, type ReanchorReport as AnchoringReport, reanchorAll } from '../../../anchoring/reanchor-all';
import { describeSpan } from '../../../anchoring/selectors';
import type { PreparedArticle } from '../../../articles/prepare-article';
import type { ReanchorReport } from '../../../views/annotation-views';
import { VERDICT_RULING_FIELDS, pickFields } from '../../../vocabulary';
import { type Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import { annotationSelect, historySnapshot } from '../annotations/annotation-record';
import { assertNotPublished } from '../annotations/annotation-freeze';
import { type LockedArticle, lockArticle } from './lock-article';

/** Re-anchors annotations to a text; lib/server/articles passes one that runs off the event loop. */
export type Reanchor = (annotations: AnchoredAnnotation<string>[], text: string) => Promise<AnchoringReport<string>>;

const reanchorHere: Reanchor = async (annotations, text) => reanchorAll(annotations, text);

/**
 * Makes `prepared` the article's new revision (the old one is kept) and
 * re-anchors every annotation to it in the same transaction: same offsets when
 * the quote is still there, found again when it moved, orphaned otherwise —
 * never dropped. Each re-anchored annotation gets a history entry. Refused
 * on a published article (its ruling stays what was published).
 */
export async function reviseArticleText(
  actor: Authorized<'articles:revise'>,
  articleId: string,
  prepared: Pick<PreparedArticle, 'title' | 'html' | 'text' | 'textHash'>,
  reanchor: Reanchor = reanchorHere,
): Promise<ReanchorReport> {
  return db().$transaction(
    async (tx) => {
      const article = await lockArticle(tx, articleId, 'revise');
      assertNotPublished(article, 'text');
      const revision = article.revision + 1;
      await tx.articleRevision.create({ data: { articleId, revision, title: prepared.title, html: prepared.html, text: prepared.text, textHash: prepared.textHash, authorId: actor.id } });
      await tx.article.update({ where: { id: articleId }, data: { title: prepared.title, html: prepared.html, text: prepared.text, textHash: prepared.textHash, revision, lastActivityAt: new Date() } });

      const annotations = await tx.annotation.findMany({ where: { articleId }, select: annotationSelect, orderBy: { createdAt: 'asc' } });
      const report = await reanchor(
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
      await carryVerdictsForward(tx, actor.id, articleId, article, prepared.text, revision, reanchor);
      return { revision, kept: report.kept, moved: report.moved, orphaned: report.orphaned };
    },
    { timeout: 60_000 },
  );
}

/**
 * Verdicts are re-anchored like annotations: a verdict whose passage is found
 * again in the new text is copied to the new revision (the old row stays with
 * the revision it was made on, for the record); one that cannot be found stays
 * behind and its passage needs a new ruling.
 */
async function carryVerdictsForward(
  tx: Prisma.TransactionClient,
  actorId: string,
  articleId: string,
  previous: LockedArticle,
  newText: string,
  revision: number,
  reanchor: Reanchor,
): Promise<void> {
  const verdicts = await tx.verdict.findMany({ where: { articleId, revision: previous.revision } });
  if (verdicts.length === 0) return;
  const report = await reanchor(
    verdicts.map((verdict) => ({ id: verdict.id, selectors: describeSpan(previous.text, verdict.start, verdict.end) })),
    newText,
  );
  for (const verdict of verdicts) {
    const result = report.results.get(verdict.id);
    if (!result || result.state === 'orphaned') continue;
    const carried = await tx.verdict.create({
      data: {
        articleId,
        revision,
        passageKey: `${result.start}-${result.end}`,
        start: result.start,
        end: result.end,
        exact: newText.slice(result.start, result.end),
        label: verdict.label,
        ...pickFields(verdict, VERDICT_RULING_FIELDS),
        acceptedConsensus: verdict.acceptedConsensus,
        editorId: verdict.editorId,
      },
    });
    await tx.verdictEvent.create({
      data: { verdictId: carried.id, actorId, action: 'create', before: { carriedFrom: verdict.id, revision: previous.revision }, after: { start: carried.start, end: carried.end, revision } },
    });
  }
}
