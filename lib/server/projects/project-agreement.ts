import 'server-only';
// A project's reliability figures: the data the desk has (submitted reviews
// only), pooled and computed by lib/consensus, with who is who.
import { computeProjectAgreement } from '../../consensus/project-agreement';
import type { ProjectAgreementView } from '../../views/project-views';
import { PROJECT_AGREEMENT_ARTICLES, loadProjectAgreementData } from '../data/projects/load-project-agreement';
import type { Authorized } from '../guards';

export async function projectAgreement(actor: Authorized<'consensus:read'>, projectId: string): Promise<ProjectAgreementView> {
  const data = await loadProjectAgreementData(actor, projectId);
  return { agreement: computeProjectAgreement(data.articles), reviewers: data.reviewers, omittedArticles: data.omitted, articleLimit: PROJECT_AGREEMENT_ARTICLES };
}
