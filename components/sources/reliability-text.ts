// The words beside sources' reliability figures: what each figure is, from what
// data, with which uncertainty (lib/consensus/source-reliability.ts has the reasons).
import { formatPercent } from '@/components/consensus/format-figures';
import type { SourceReliability } from '@/lib/views/source-views';

export function notEnoughData(source: { reliability: Pick<SourceReliability, 'claimBearingArticles' | 'minimumArticles'> }): string {
  return `Not enough data (${source.reliability.claimBearingArticles} of ${source.reliability.minimumArticles} articles)`;
}

/** "31.2% (95% CI 24.0%–38.9%)", or the not-enough-data sentence. */
export function shareWithInterval(reliability: SourceReliability): string {
  if (!reliability.enoughData || !reliability.interval) return notEnoughData({ reliability });
  return `${formatPercent(reliability.unsupportedShare)} (95% CI ${formatPercent(reliability.interval.low)}–${formatPercent(reliability.interval.high)})`;
}

export const RELIABILITY_DEFINITIONS = [
  'Only published articles count, and only those in the projects you work in; drafts and reviews in progress never do.',
  'For each article, the characters of its consensus passages are counted under their final label at publication: the editor’s verdict where there is one, otherwise the majority label; each character once.',
  'Claim-bearing text is claim plus unsupported characters. The unsupported share is unsupported ÷ claim-bearing characters, pooled over the source’s articles that have claim-bearing text, so a long article weighs by its text.',
  'The 95% interval comes from 1,000 article-level bootstrap resamples: whole articles are drawn with replacement and the pooled share recomputed. Articles, not passages or characters, are resampled because the passages of one article were judged together by the same reviewers and are not independent; treating them as independent would give a far too narrow interval. The resampling is seeded from the data, so the same data always give the same interval.',
  'Below 3 articles with claim-bearing text no share or interval is given: “not enough data”.',
] as const;
