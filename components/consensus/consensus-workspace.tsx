// The editor's consensus view of one article: who counts, then two tabs — the
// passages to adjudicate first, the reliability summary, agreement figures and
// heat map in the second — then publication. A server component; only the
// interactive parts are client components.
import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { LOCALE_DIRECTION } from '@/lib/i18n/locales';
import { ArticleClaimsPanel } from '../claims/passage-claim-list';
import type { ConsensusView } from '@/lib/views/consensus-views';
import { AgreementFigures } from './agreement-figures';
import { ConsensusHeader } from './consensus-header';
import type { ConsensusTab } from './consensus-tab';
import { ConsensusTabs } from './consensus-tabs';
import { PairwiseAgreement } from './pairwise-agreement';
import { PublicationPanel } from './publication-panel';
import { ReliabilitySummaryPanel } from './reliability-summary-panel';
import { ReviewerReliabilityPanel } from './reviewer-reliability-panel';
import { SignalConsensusPanel } from './signal-consensus-panel';

/** `tab`: the tab the address asks for (?view=figures); the figures are rendered only for it. */
export function ConsensusWorkspace({ view, tab }: { view: ConsensusView; tab: ConsensusTab }) {
  const t = useTranslations('consensus');
  const dir = LOCALE_DIRECTION[useLocale()];
  return (
    <div className="space-y-10">
      <ConsensusHeader view={view} />
      {/* Only what the client part needs crosses to the browser; the figures are rendered here, and
          only when their tab is the one asked for (consensus-tab.ts says why). */}
      <ConsensusTabs
        dir={dir}
        tab={tab}
        view={{ article: view.article, coverage: view.coverage, passages: view.passages, reviewers: view.reviewers, ratingScale: view.ratingScale, weighting: view.weighting }}
        figures={
          tab === 'figures' && (
            <>
              <ReliabilitySummaryPanel summary={view.summary} quorum={view.quorum} alphaNote={view.metrics.alphaNominal.note} />
              <section aria-labelledby="agreement-heading" className="space-y-8">
                <h2 id="agreement-heading" className="text-xl font-semibold">{t('agreement.heading')}</h2>
                <AgreementFigures metrics={view.metrics} />
                <PairwiseAgreement pairwise={view.metrics.pairwise} reviewers={view.reviewers} />
                <ReviewerReliabilityPanel reliability={view.reliability} reviewers={view.reviewers} weighting={view.weighting} />
              </section>
              <SignalConsensusPanel signals={view.signals} />
            </>
          )
        }
      />
      <ArticleClaimsPanel appearances={view.claimAppearances} />
      <PublicationPanel view={view} />
    </div>
  );
}
