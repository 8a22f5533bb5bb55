// The article text as the heat map draws it: one block per line of the
// canonical text (blocks are joined by "\n", the headline first), each cut into
// pieces at the coverage segments' edges, with the offsets kept so a piece can
// be traced back to the passage it belongs to.
import { type CoverageSegment, type Label, LABELS } from '@/lib/consensus/types';

export type TextPiece = { start: number; end: number; text: string; segment: CoverageSegment | null };
export type TextBlock = { start: number; end: number; pieces: TextPiece[] };
/** Consecutive pieces of one block that belong to the same passage (or a lone piece). */
export type PieceRun = { passageId: string | null; pieces: TextPiece[] };

type Span = { id: string; start: number; end: number };

/** Blocks with their pieces; segments without reviewers are plain text; overlapping segments never repeat text. */
export function splitIntoBlocks(text: string, coverage: readonly CoverageSegment[]): TextBlock[] {
  const segments = coverage.filter((segment) => segment.reviewers > 0 && segment.end > segment.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const blocks: TextBlock[] = [];
  let offset = 0;
  let first = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    const end = offset + line.length;
    const pieces: TextPiece[] = [];
    let cursor = start;
    while (first < segments.length && segments[first]!.end <= start) first += 1;
    for (let index = first; index < segments.length && segments[index]!.start < end; index += 1) {
      const segment = segments[index]!;
      const from = Math.max(segment.start, cursor);
      const to = Math.min(segment.end, end);
      if (to <= from) continue;
      if (from > cursor) pieces.push({ start: cursor, end: from, text: text.slice(cursor, from), segment: null });
      pieces.push({ start: from, end: to, text: text.slice(from, to), segment });
      cursor = to;
    }
    if (cursor < end) pieces.push({ start: cursor, end, text: text.slice(cursor, end), segment: null });
    blocks.push({ start, end, pieces });
    offset = end + 1;
  }
  return blocks;
}

/** The label more spans over a segment carry than any other; null on a tie (no majority) or with no spans. */
export function dominantLabel(counts: Record<Label, number>): Label | null {
  const most = Math.max(...LABELS.map((label) => counts[label]));
  const leaders = LABELS.filter((label) => counts[label] === most);
  return most > 0 && leaders.length === 1 ? leaders[0]! : null;
}

/** The passage a stretch of text belongs to: the smallest one containing it, else the one overlapping it most. */
export function findPassage(passages: readonly Span[], start: number, end: number): string | null {
  let containing: Span | null = null;
  let overlapping: Span | null = null;
  let bestOverlap = 0;
  for (const passage of passages) {
    if (passage.start <= start && end <= passage.end) {
      if (!containing || passage.end - passage.start < containing.end - containing.start) containing = passage;
      continue;
    }
    const overlap = Math.min(end, passage.end) - Math.max(start, passage.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      overlapping = passage;
    }
  }
  return (containing ?? overlapping)?.id ?? null;
}

/** Group a block's covered pieces by passage, so one stretch of a passage is one link. */
export function groupRuns(pieces: readonly TextPiece[], passages: readonly Span[]): PieceRun[] {
  const runs: PieceRun[] = [];
  for (const piece of pieces) {
    const passageId = piece.segment ? findPassage(passages, piece.start, piece.end) : null;
    const last = runs[runs.length - 1];
    if (passageId !== null && last?.passageId === passageId) last.pieces.push(piece);
    else runs.push({ passageId, pieces: [piece] });
  }
  return runs;
}
