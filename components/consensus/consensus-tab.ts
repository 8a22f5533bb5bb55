// Which of the consensus page's two tabs the address asks for: `?view=figures`, else the passages.
//
// The page renders the figures (reliability summary, agreement coefficients, pairwise tables,
// signals) on the server only for the figures tab. They were half of the page's server render,
// and the page is rendered again on every live refresh while the desk works, almost always on the
// passage worklist. The tab is in the address so that a refresh renders what is shown, and a link
// can open the figures.
export type ConsensusTab = 'passages' | 'figures';

const FIGURES_QUERY = { name: 'view', value: 'figures' } as const;

export function consensusTabOf(value: string | string[] | undefined): ConsensusTab {
  return value === FIGURES_QUERY.value ? 'figures' : 'passages';
}

/** The address of the same page showing `tab`, keeping any other query. */
export function consensusTabHref(current: string, tab: ConsensusTab): string {
  const url = new URL(current);
  if (tab === 'figures') url.searchParams.set(FIGURES_QUERY.name, FIGURES_QUERY.value);
  else url.searchParams.delete(FIGURES_QUERY.name);
  return `${url.pathname}${url.search}${url.hash}`;
}
