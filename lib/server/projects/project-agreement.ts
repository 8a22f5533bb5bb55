import 'server-only';
// A project's reliability figures: the data the desk has (submitted reviews
// only), pooled and computed by lib/consensus, with who is who.
import type { ProjectAgreementView } from '../../views/project-views';
import { PROJECT_AGREEMENT_ARTICLES, loadProjectAgreementData } from '../data/projects/load-project-agreement';
import { runArticleWork } from '../articles/article-workers';
import type { Authorized } from '../guards';

const TOO_SLOW = "The project's figures took too long to compute, so they were stopped. Try again when the server is less busy.";
const BUSY = 'The server is busy with other work. Try again in a minute.';

export async function projectAgreement(actor: Authorized<'consensus:read'>, projectId: string): Promise<ProjectAgreementView> {
  const data = await loadProjectAgreementData(actor, projectId);
  // In a worker thread: a large project takes about a second of CPU the event loop must not spend.
  const agreement = await runArticleWork({ kind: 'project-agreement', articles: data.articles }, { tooSlow: TOO_SLOW, busy: BUSY });
  return { agreement, reviewers: data.reviewers, omittedArticles: data.omitted, articleLimit: PROJECT_AGREEMENT_ARTICLES };
}
