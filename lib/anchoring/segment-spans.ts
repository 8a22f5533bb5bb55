// Overlapping spans cut into coverage segments: the text between consecutive
// span boundaries, each with every span that covers all of it. Where several
// annotations overlap, the editor draws one highlight per segment, so a
// stretch covered by a claim and an unsupported span can show both labels
// instead of whichever decoration the browser happens to paint last.
// Contract: segments are in text order, do not overlap, cover exactly the
// union of the non-empty spans (stretches no span covers are left out), and
// list their spans in the order they were given. Cut points are only span
// boundaries, so a segment never splits a surrogate pair a span keeps whole.
// One sweep over the sorted boundaries: O(n log n + output).
export type SpanLike = { start: number; end: number };

export type SpanSegment<T extends SpanLike> = { start: number; end: number; spans: T[] };

export function segmentSpans<T extends SpanLike>(spans: readonly T[]): SpanSegment<T>[] {
  const events: { at: number; index: number; opens: boolean }[] = [];
  spans.forEach((span, index) => {
    if (span.end > span.start) events.push({ at: span.start, index, opens: true }, { at: span.end, index, opens: false });
  });
  events.sort((a, b) => a.at - b.at);
  const open = new Set<number>();
  const segments: SpanSegment<T>[] = [];
  for (let i = 0; i < events.length; ) {
    const at = events[i]!.at;
    for (; i < events.length && events[i]!.at === at; i += 1) {
      const { index, opens } = events[i]!;
      if (opens) open.add(index);
      else open.delete(index);
    }
    const next = events[i]?.at;
    if (next !== undefined && open.size > 0) {
      segments.push({ start: at, end: next, spans: [...open].sort((a, b) => a - b).map((index) => spans[index]!) });
    }
  }
  return segments;
}
