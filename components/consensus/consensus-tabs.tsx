'use client';
// The consensus page's two tabs: the passage worklist (first: the editor's
// work) and the figures, charts and heat map. They share the selected passage:
// a stretch of the heat map opens the worklist on its passage, and "Show in
// text" opens the heat map on its stretch. Both panels stay mounted (hidden
// when inactive) so open verdict forms and half-typed explanations survive a
// look at the figures.
//
// The server renders the figures only for the figures tab (consensus-tab.ts):
// choosing it shows the tab at once, with the heat map (drawn here from the data
// the page has) and a loading line until the figures come, and puts the tab in
// the address. The heat map is drawn the first time its tab is shown, then kept.
import * as Tabs from '@radix-ui/react-tabs';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { type ReactNode, useMemo, useState } from 'react';
import type { ConsensusView } from '@/lib/views/consensus-views';
import type { TextDirection } from '@/lib/vocabulary';
import { ArticleSearch } from '../annotations/article-search';
import type { SearchMarks } from '../editor/highlight-extension';
import { type ShortcutGroup, useShortcuts } from '../layout/shortcut-sheet';
import { type ConsensusTab, consensusTabHref } from './consensus-tab';
import { CoverageHeatMap } from './coverage-heat-map';
import { PassageWorklist } from './passage-worklist';

type Props = {
  view: Pick<ConsensusView, 'article' | 'coverage' | 'passages' | 'reviewers' | 'ratingScale' | 'weighting'>;
  /** The tab the address asked for when the page was rendered. */
  tab: ConsensusTab;
  /** The agreement figures and charts, rendered on the server for the figures tab only (else false). */
  figures: ReactNode;
  /** The interface's direction: Radix writes a dir on the tabs (ltr unless told), and arrow keys follow it. */
  dir: TextDirection;
};

const TAB_CLASS = 'rounded-t border border-b-0 border-stone-300 px-4 py-2 data-[state=active]:bg-white data-[state=active]:font-semibold data-[state=inactive]:bg-stone-100';

export function ConsensusTabs({ view, tab: shownTab, figures, dir }: Props) {
  const t = useTranslations('consensus.tabs');
  const shortcuts = useMemo<ShortcutGroup>(
    () => ({ title: t('shortcuts.title'), keys: [[t('shortcuts.arrowsKey'), t('shortcuts.arrows')], ['/', t('shortcuts.search')]] }),
    [t],
  );
  useShortcuts(shortcuts);
  const router = useRouter();
  const [tab, setShownTab] = useState<ConsensusTab>(shownTab);
  const [heatMapDrawn, setHeatMapDrawn] = useState(shownTab === 'figures');

  function setTab(next: ConsensusTab) {
    setShownTab(next);
    if (next === 'figures') setHeatMapDrawn(true);
    // Replace, not push: the tabs are one page, and Back leaves it.
    router.replace(consensusTabHref(window.location.href, next), { scroll: false });
  }
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [search, setSearch] = useState<SearchMarks>({ matches: [], current: null });

  /** After the tab switch has rendered, bring `elementId` into view and focus. */
  function reveal(elementId: string) {
    requestAnimationFrame(() => {
      const element = document.getElementById(elementId);
      element?.scrollIntoView({ block: 'center' });
      element?.focus({ preventScroll: true });
    });
  }

  return (
    <Tabs.Root dir={dir} value={tab} onValueChange={(value) => setTab(value as ConsensusTab)} className="space-y-0">
      <Tabs.List aria-label={t('label')} className="flex gap-1 border-b border-stone-300">
        <Tabs.Trigger value="passages" className={TAB_CLASS}>{t('passages')}</Tabs.Trigger>
        <Tabs.Trigger value="figures" className={TAB_CLASS}>{t('figures')}</Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="passages" forceMount className="pt-6 data-[state=inactive]:hidden">
        <PassageWorklist
          view={view}
          active={tab === 'passages'}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onShowInText={(passageId) => {
            setSelectedId(passageId);
            setTab('figures');
            reveal(`heat-${passageId}`);
          }}
        />
      </Tabs.Content>
      <Tabs.Content value="figures" forceMount className="space-y-10 pt-6 data-[state=inactive]:hidden">
        {figures || (
          <p role="status" className="text-sm text-stone-700">
            {tab === 'figures' && t('loadingFigures')}
          </p>
        )}
        {heatMapDrawn && (
          <CoverageHeatMap
            text={view.article.text}
            language={view.article.language}
            direction={view.article.direction}
            coverage={view.coverage}
            passages={view.passages}
            selectedId={selectedId}
            search={search}
            searchBox={<ArticleSearch text={view.article.text} onChange={setSearch} enabled={tab === 'figures'} />}
            onSelect={(passageId) => {
              setSelectedId(passageId);
              setTab('passages');
              reveal(`passage-${passageId}`);
            }}
          />
        )}
      </Tabs.Content>
    </Tabs.Root>
  );
}
