// The article as a heat map of the reviewers' marks: background depth = how
// many reviewers marked a stretch, underline style = the label most gave them
// (dotted grey where labels tie),
// both also written out for screen readers. A stretch is a link to its passage.
import clsx from 'clsx';
import { useTranslations } from '@/components/i18n/kept-translations';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { cutAtMatches } from '@/lib/anchoring/find-text-matches';
import { type CoverageSegment, type Label, LABELS } from '@/lib/consensus/types';
import type { SearchMarks } from '../editor/highlight-extension';
import { HeatMapLegend } from './heat-map-legend';
import { depthClass, LABEL_DECORATION_CLASS, NO_MAJORITY_DECORATION_CLASS } from './passage-styles';
import { dominantLabel, groupRuns, splitIntoBlocks, type TextPiece } from './text-blocks';
import type { TextDirection } from '@/lib/vocabulary';

type Props = {
  text: string;
  /** The article's language (BCP 47) and direction, for the text's lang and dir. */
  language?: string;
  direction?: TextDirection;
  coverage: CoverageSegment[];
  passages: { id: string; start: number; end: number }[];
  selectedId: string | null;
  onSelect(passageId: string): void;
  /** Matches of the search within the article, marked in the text; the current one is scrolled into view. */
  search?: SearchMarks;
  /** The search box, drawn just above the text. */
  searchBox?: ReactNode;
};

const NO_SEARCH: SearchMarks = { matches: [], current: null };


/** The piece's text with the search matches in it marked. */
function Marked({ piece, search }: { piece: TextPiece; search: SearchMarks }) {
  if (search.matches.length === 0) return <>{piece.text}</>;
  return (
    <>
      {cutAtMatches(piece.start, piece.end, search.matches).map((cut) => {
        const text = piece.text.slice(cut.start - piece.start, cut.end - piece.start);
        if (cut.match === null) return <span key={cut.start}>{text}</span>;
        const current = cut.match === search.current;
        return <mark key={cut.start} className={clsx('search-match', current && 'search-current')} data-search-current={current ? 'true' : undefined}>{text}</mark>;
      })}
    </>
  );
}

/** A stretch's marks in words: "2 reviewers: Claim 1, Opinion 1". */
function useDescribe(): (segment: CoverageSegment) => string {
  const t = useTranslations('consensus.heatMap');
  const tLabel = useTranslations('common.label');
  return (segment) => {
    const labels = LABELS.filter((label) => segment.counts[label] > 0).map((label) => t('labelCount', { label: tLabel(label), count: segment.counts[label] }));
    return t('segment', { count: segment.reviewers, labels: labels.join(t('separator')) });
  };
}

function Piece({ piece, search, describe }: { piece: TextPiece; search: SearchMarks; describe(segment: CoverageSegment): string }) {
  if (!piece.segment) return <Marked piece={piece} search={search} />;
  const words = describe(piece.segment);
  return (
    <span title={words} className={clsx(depthClass(piece.segment.reviewers), decorationOf(dominantLabel(piece.segment.counts)))}>
      <Marked piece={piece} search={search} />
      <span className="sr-only">{` [${words}]`}</span>
    </span>
  );
}

export function CoverageHeatMap({ text, language, direction, coverage, passages, selectedId, onSelect, search = NO_SEARCH, searchBox }: Props) {
  const t = useTranslations('consensus.heatMap');
  const describe = useDescribe();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (search.current !== null) region.current?.querySelector('[data-search-current]')?.scrollIntoView({ block: 'nearest' });
  }, [search]);
  const blocks = useMemo(() => splitIntoBlocks(text, coverage).map((block) => ({ ...block, runs: groupRuns(block.pieces, passages) })), [text, coverage, passages]);
  const anchored = new Set<string>();
  return (
    <section aria-labelledby="heat-map-heading" className="space-y-3">
      <h2 id="heat-map-heading" className="text-xl font-semibold">{t('heading')}</h2>
      <p className="max-w-3xl text-sm text-stone-800">{t('intro')}</p>
      <HeatMapLegend />
      {searchBox}
      {/* Scrolls on its own so the passage list stays close below a long article; focusable so keyboards can scroll it too. */}
      <div ref={region} tabIndex={0} role="region" aria-label={t('textLabel')} lang={language} dir={direction} className="max-h-[70vh] max-w-3xl overflow-y-auto rounded border border-stone-300 bg-white p-6 font-serif text-lg leading-loose">
        {blocks.map((block, index) =>
          block.pieces.length === 0 ? null : (
            <p key={block.start} className={index === 0 ? 'mb-6 font-sans text-2xl font-bold leading-normal' : 'mb-4'}>
              {block.runs.map((run) => {
                const key = run.pieces[0]!.start;
                if (run.passageId === null) return run.pieces.map((piece) => <Piece key={piece.start} piece={piece} search={search} describe={describe} />);
                const passageId = run.passageId;
                const first = !anchored.has(passageId);
                anchored.add(passageId);
                return (
                  <a
                    key={key}
                    id={first ? `heat-${passageId}` : undefined}
                    href={`#passage-${passageId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onSelect(passageId);
                    }}
                    className={clsx('cursor-pointer underline decoration-transparent', selectedId === passageId && 'rounded-sm outline-2 outline-offset-2 outline-stone-900')}
                  >
                    {run.pieces.map((piece) => <Piece key={piece.start} piece={piece} search={search} describe={describe} />)}
                  </a>
                );
              })}
            </p>
          ),
        )}
      </div>
    </section>
  );
}

function decorationOf(label: Label | null): string {
  return label === null ? NO_MAJORITY_DECORATION_CLASS : LABEL_DECORATION_CLASS[label];
}
