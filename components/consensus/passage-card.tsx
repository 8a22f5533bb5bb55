// One row of the worklist: its quote and state, the computed consensus, the
// verdict or that there is none yet; "Adjudicate" (or V) opens the reviewers'
// annotations and the verdict form. The worklist owns which row is selected
// (roving tabindex: only the selected row is in the Tab order) and which are open.
import clsx from 'clsx';
import { useTranslations } from '@/components/i18n/kept-translations';
import { type Ref, useId } from 'react';
import type { DawidSkeneSupport } from '@/lib/consensus/types';
import type { ConsensusPassageView, RatingOption } from '@/lib/views/consensus-views';
import { LinkToClaim } from '../claims/link-to-claim';
import { PassageClaimList } from '../claims/passage-claim-list';
import { Button } from '../ui/button';
import { truncateText } from './format-figures';
import { PassageConsensus } from './passage-consensus';
import { ReviewerAnnotations } from './reviewer-annotations';
import { StateBadge } from './state-badge';
import { VerdictForm } from './verdict-form';
import { VerdictSummary } from './verdict-summary';

type Props = {
  ref?: Ref<HTMLElement>;
  articleId: string;
  passage: ConsensusPassageView;
  reviewers: { id: string; name: string }[];
  ratingScale: RatingOption[];
  weighting: DawidSkeneSupport;
  selected: boolean;
  /** In the Tab order: the selected row, or the first when none is. */
  tabbable: boolean;
  expanded: boolean;
  /** Move focus into the verdict form when it opens (V or Enter, not a click on Adjudicate). */
  focusForm: boolean;
  onToggle(): void;
  /** Escape in the open form: close it, focus back on the row. */
  onCloseForm(): void;
  onFocusRow(): void;
  onShowInText(passageId: string): void;
};

const QUOTE_LENGTH = 240;

export function PassageCard({ ref, articleId, passage, reviewers, ratingScale, weighting, selected, tabbable, expanded, focusForm, onToggle, onCloseForm, onFocusRow, onShowInText }: Props) {
  const t = useTranslations('consensus.passage');
  const tState = useTranslations('consensus.state.name');
  const tLabel = useTranslations('common.label');
  const regionId = useId();
  // What the row says of its verdict, also in its accessible name.
  const verdictStatus = passage.verdict ? t('verdictStatus', { label: tLabel(passage.verdict.label), rating: passage.verdict.ratingName }) : t('noVerdictStatus');
  const quote = truncateText(passage.exact, QUOTE_LENGTH);
  const truncated = quote !== passage.exact.replace(/\s+/g, ' ').trim();
  return (
    <article
      ref={ref}
      id={`passage-${passage.id}`}
      tabIndex={tabbable ? 0 : -1}
      aria-label={t('name', { state: tState(passage.displayState), quote: truncateText(passage.exact, 80), verdict: verdictStatus })}
      aria-current={selected ? 'true' : undefined}
      onFocus={onFocusRow}
      className={clsx(
        'scroll-mt-4 space-y-3 rounded border bg-white p-4 shadow-sm focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700',
        selected ? 'border-stone-900 ring-2 ring-stone-900' : 'border-stone-300',
      )}
    >
      <h3 className="text-base font-normal">
        <StateBadge state={passage.displayState} /> <span className="font-serif">“<bdi>{quote}</bdi>”</span>
      </h3>
      {truncated && (
        <details className="text-sm">
          <summary className="cursor-pointer text-blue-900 underline">{t('showFull')}</summary>
          <p dir="auto" className="mt-1 whitespace-pre-wrap font-serif">{passage.exact}</p>
        </details>
      )}
      <PassageConsensus passage={passage} weighting={weighting} />
      {passage.verdict ? <VerdictSummary verdict={passage.verdict} /> : <p className="text-sm font-medium text-stone-800">{t('noVerdict')}</p>}
      <PassageClaimList claims={passage.claims} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="button" variant="secondary" aria-expanded={expanded} aria-controls={expanded ? regionId : undefined} onClick={onToggle}>
          {t('adjudicate')}
          <span aria-hidden="true"> {expanded ? '▴' : '▾'}</span>
        </Button>
        <a href={`#heat-${passage.id}`} onClick={(event) => {
          event.preventDefault();
          onShowInText(passage.id);
        }} className="text-sm text-blue-900 underline">{t('showInText')}</a>
        <span className="text-xs text-stone-700">{t('characters', { start: passage.start, end: passage.end })}</span>
      </div>
      {expanded && (
        <div
          id={regionId}
          className="space-y-4 border-t border-stone-200 pt-4"
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || event.defaultPrevented) return;
            event.preventDefault();
            onCloseForm();
          }}
        >
          <h4 className="font-semibold">{t('annotations')}</h4>
          <ReviewerAnnotations annotations={passage.annotations} reviewers={reviewers} />
          <h4 className="font-semibold">{passage.verdict ? t('changeVerdict') : t('setVerdict')}</h4>
          <VerdictForm articleId={articleId} passage={passage} ratingScale={ratingScale} autoFocus={focusForm} />
          <LinkToClaim articleId={articleId} passage={passage} />
        </div>
      )}
    </article>
  );
}
