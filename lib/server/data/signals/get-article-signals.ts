import 'server-only';
import type { ArticleSignalsView, SignalAnswers } from '../../../views/signal-views';
import { db } from '../../db/client';
import { type Authorized, visibleAnnotationAuthor } from '../../guards';
import { requireArticle } from '../articles/require-article';
import { loadSignals } from './signal-record';

/**
 * The article's questionnaire and answers as the actor may see them. Blind
 * review, the annotations' rule (visibleAnnotationAuthor): a reviewer who has
 * not submitted reads their own answers only — not others', not how many
 * answered — so the query asks for their rows alone; the desk and a reviewer
 * who has submitted read everyone's.
 */
export async function getArticleSignals(actor: Authorized<'articles:read'>, articleId: string): Promise<ArticleSignalsView> {
  const { id } = await requireArticle(articleId);
  const client = db();
  const submitted = (await client.reviewSubmission.count({ where: { articleId: id, reviewerId: actor.id } })) > 0;
  const onlyAuthor = visibleAnnotationAuthor(actor, submitted);
  const [signals, rows, submissions] = await Promise.all([
    loadSignals(client, { activeOnly: true }),
    client.signalAnswer.findMany({
      where: { articleId: id, ...(onlyAuthor === null ? {} : { reviewerId: onlyAuthor }) },
      orderBy: [{ reviewerId: 'asc' }, { signalKey: 'asc' }],
      select: { signalKey: true, value: true, reviewer: { select: { id: true, name: true } } },
    }),
    onlyAuthor === null ? client.reviewSubmission.findMany({ where: { articleId: id }, select: { reviewerId: true } }) : Promise.resolve([]),
  ]);
  const own: SignalAnswers = {};
  const byReviewer = new Map<string, { reviewer: { id: string; name: string }; answers: SignalAnswers }>();
  for (const row of rows) {
    if (row.reviewer.id === actor.id) own[row.signalKey] = row.value;
    if (onlyAuthor !== null) continue;
    const entry = byReviewer.get(row.reviewer.id) ?? { reviewer: row.reviewer, answers: {} };
    entry.answers[row.signalKey] = row.value;
    byReviewer.set(row.reviewer.id, entry);
  }
  const submittedIds = new Set(submissions.map((submission) => submission.reviewerId));
  return {
    signals,
    answers: own,
    others: onlyAuthor === null ? [...byReviewer.values()].map((entry) => ({ ...entry, submitted: submittedIds.has(entry.reviewer.id) })) : null,
  };
}
