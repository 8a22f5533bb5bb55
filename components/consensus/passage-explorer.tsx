'use client';
// The heat map and the passage list, sharing one selection: activating a
// stretch of the text selects its passage and moves focus to it.
import { useState } from 'react';
import type { ConsensusView } from '@/lib/views/consensus-views';
import { CoverageHeatMap } from './coverage-heat-map';
import { PassageList } from './passage-list';

type Props = { view: Pick<ConsensusView, 'article' | 'coverage' | 'passages' | 'reviewers' | 'ratingScale' | 'weighting'> };

export function PassageExplorer({ view }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(null);

  function goToPassage(passageId: string) {
    setSelectedId(passageId);
    const card = document.getElementById(`passage-${passageId}`);
    card?.scrollIntoView({ block: 'start' });
    card?.focus({ preventScroll: true });
  }

  return (
    <>
      <CoverageHeatMap text={view.article.text} coverage={view.coverage} passages={view.passages} selectedId={selectedId} onSelect={goToPassage} />
      <PassageList
        articleId={view.article.id}
        passages={view.passages}
        reviewers={view.reviewers}
        ratingScale={view.ratingScale}
        weighting={view.weighting}
        selectedId={selectedId}
        onShowInText={setSelectedId}
      />
    </>
  );
}
