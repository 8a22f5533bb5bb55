import 'server-only';
// The consensus view's and the JSON export's signals: per active signal, the
// article's submitted reviewers' answers (distribution, consensus, median) and
// the signal's alpha pooled over the project's articles (one article is one
// unit: an alpha of one article alone is not informative). Drafts never count.
import { signalConsensus } from '../../../consensus/signal-agreement';
import { computedSignalAlpha } from '../../consensus/computed-consensus';
import type { SignalConsensusView } from '../../../views/signal-views';
import { type SqlClient, runSql } from '../../db/sql-transaction';
import { loadSignals, toSignalDefinition } from './signal-record';

/** `client`: the pool for the consensus view (every page and live refresh reads this), or the caller's transaction. */
export async function loadSignalConsensus(client: SqlClient, article: { id: string; projectId: string }): Promise<Record<string, SignalConsensusView>> {
  const [signals, answers] = await Promise.all([
    loadSignals(client, { activeOnly: true }),
    // A submitted reviewer's answers on the project's articles: the join keeps drafts out.
    runSql<{ articleId: string; reviewerId: string; signalKey: string; value: string }>(
      client,
      `SELECT a."articleId", a."reviewerId", a."signalKey", a.value
       FROM "SignalAnswer" a
       JOIN "ReviewSubmission" s ON s."articleId" = a."articleId" AND s."reviewerId" = a."reviewerId"
       JOIN "Article" ar ON ar.id = a."articleId"
       WHERE ar."projectId" = $1::uuid`,
      [article.projectId],
    ),
  ]);
  const result: Record<string, SignalConsensusView> = {};
  for (const signal of signals) {
    const mine = answers.filter((answer) => answer.signalKey === signal.key);
    const definition = toSignalDefinition(signal);
    const consensus = signalConsensus(definition, mine.filter((answer) => answer.articleId === article.id).map((answer) => answer.value));
    // Over the whole project, with a bootstrap: kept per process for the same answers.
    const alpha = computedSignalAlpha(definition, mine);
    result[signal.key] = {
      question: signal.question,
      scale: signal.scale,
      ...consensus,
      alpha: { ...alpha, scope: 'project', articles: new Set(mine.map((answer) => answer.articleId)).size },
      interval: alpha.interval,
    };
  }
  return result;
}
