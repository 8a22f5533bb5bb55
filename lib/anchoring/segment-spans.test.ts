// Coverage segments: where spans overlap, every span covering a stretch is listed for it.
import { describe, expect, it } from 'vitest';
import { segmentSpans } from './segment-spans';

const span = (id: string, start: number, end: number) => ({ id, start, end });
const ids = (segments: ReturnType<typeof segmentSpans<{ id: string; start: number; end: number }>>) =>
  segments.map((segment) => [segment.start, segment.end, segment.spans.map((covering) => covering.id).join('+')]);

describe('segmentSpans', () => {
  it('gives one segment per span when nothing overlaps, leaving the gaps out', () => {
    expect(ids(segmentSpans([span('a', 0, 5), span('b', 10, 12)]))).toEqual([
      [0, 5, 'a'],
      [10, 12, 'b'],
    ]);
  });

  it('cuts partly overlapping spans into three segments, the middle covered by both', () => {
    expect(ids(segmentSpans([span('claim', 10, 30), span('unsupported', 20, 40)]))).toEqual([
      [10, 20, 'claim'],
      [20, 30, 'claim+unsupported'],
      [30, 40, 'unsupported'],
    ]);
  });

  it('handles nesting, identical spans and touching spans', () => {
    expect(ids(segmentSpans([span('outer', 0, 30), span('inner', 10, 20), span('twin', 10, 20)]))).toEqual([
      [0, 10, 'outer'],
      [10, 20, 'outer+inner+twin'],
      [20, 30, 'outer'],
    ]);
    expect(ids(segmentSpans([span('a', 0, 10), span('b', 10, 20)]))).toEqual([
      [0, 10, 'a'],
      [10, 20, 'b'],
    ]);
  });

  it('lists a segment’s spans in the order given, whatever order their boundaries come in', () => {
    expect(ids(segmentSpans([span('late', 5, 15), span('early', 0, 20)]))).toEqual([
      [0, 5, 'early'],
      [5, 15, 'late+early'],
      [15, 20, 'early'],
    ]);
  });

  it('covers exactly the union of the spans, at any density', () => {
    const spans = Array.from({ length: 60 }, (_, i) => span(`s${i}`, (i * 7) % 50, ((i * 7) % 50) + 1 + ((i * 13) % 17)));
    const segments = segmentSpans(spans);
    for (let offset = 0; offset < 80; offset += 1) {
      const covering = spans.filter((candidate) => candidate.start <= offset && offset < candidate.end).map((candidate) => candidate.id);
      const segment = segments.filter((candidate) => candidate.start <= offset && offset < candidate.end);
      expect(segment.length).toBe(covering.length > 0 ? 1 : 0);
      expect(segment[0]?.spans.map((candidate) => candidate.id) ?? []).toEqual(covering);
    }
    for (let i = 1; i < segments.length; i += 1) expect(segments[i]!.start).toBeGreaterThanOrEqual(segments[i - 1]!.end);
  });

  it('ignores empty and inverted spans', () => {
    expect(segmentSpans([span('empty', 5, 5), span('inverted', 9, 3)])).toEqual([]);
    expect(segmentSpans([])).toEqual([]);
  });
});
