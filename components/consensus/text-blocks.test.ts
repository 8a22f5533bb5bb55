import { describe, expect, it } from 'vitest';
import type { CoverageSegment, Label } from '@/lib/consensus/types';
import { dominantLabel, findPassage, groupRuns, splitIntoBlocks } from './text-blocks';

const counts = (claim = 0, opinion = 0, unsupported = 0): Record<Label, number> => ({ claim, opinion, unsupported });
const segment = (start: number, end: number, reviewers = 1, labelCounts = counts(reviewers)): CoverageSegment => ({ start, end, reviewers, counts: labelCounts });

// "Headline\nFirst para.\nSecond."  offsets: Headline 0-8, First para. 9-20, Second. 21-28
const text = 'Headline\nFirst para.\nSecond.';

describe('splitIntoBlocks', () => {
  it('gives one block per line with its offsets, headline first', () => {
    const blocks = splitIntoBlocks(text, []);
    expect(blocks.map((block) => [block.start, block.end])).toEqual([[0, 8], [9, 20], [21, 28]]);
    expect(blocks.map((block) => block.pieces.map((piece) => piece.text))).toEqual([['Headline'], ['First para.'], ['Second.']]);
  });

  it('cuts pieces at segment edges and keeps the text exact', () => {
    const blocks = splitIntoBlocks(text, [segment(15, 19, 2)]);
    expect(blocks[1]!.pieces.map((piece) => [piece.text, piece.segment?.reviewers ?? 0])).toEqual([['First ', 0], ['para', 2], ['.', 0]]);
    for (const block of blocks) for (const piece of block.pieces) expect(text.slice(piece.start, piece.end)).toBe(piece.text);
  });

  it('splits a segment that runs across a line break and never draws the newline', () => {
    const blocks = splitIntoBlocks(text, [segment(4, 14)]);
    expect(blocks[0]!.pieces.map((piece) => piece.text)).toEqual(['Head', 'line']);
    expect(blocks[1]!.pieces.map((piece) => piece.text)).toEqual(['First', ' para.']);
    expect(blocks[0]!.pieces[1]!.segment).toBe(blocks[1]!.pieces[0]!.segment);
  });

  it('ignores empty segments, segments without reviewers and overlaps, whatever their order', () => {
    const blocks = splitIntoBlocks(text, [segment(23, 26, 1), segment(21, 24, 2), segment(9, 9), segment(10, 12, 0)]);
    expect(blocks[1]!.pieces).toHaveLength(1);
    expect(blocks[2]!.pieces.map((piece) => [piece.text, piece.segment?.reviewers ?? 0])).toEqual([['Sec', 2], ['on', 1], ['d.', 0]]);
  });

  it('keeps empty lines as empty blocks so offsets stay right', () => {
    const blocks = splitIntoBlocks('A\n\nB', [segment(3, 4)]);
    expect(blocks.map((block) => [block.start, block.end, block.pieces.length])).toEqual([[0, 1, 1], [2, 2, 0], [3, 4, 1]]);
    expect(blocks[2]!.pieces[0]!.segment).not.toBeNull();
  });

  it('copes with segments past the end of the text', () => {
    const blocks = splitIntoBlocks('Short', [segment(2, 50)]);
    expect(blocks[0]!.pieces.map((piece) => piece.text)).toEqual(['Sh', 'ort']);
  });
});

describe('dominantLabel', () => {
  it('takes the label with more spans than any other; a tie is no majority', () => {
    expect(dominantLabel(counts(1, 2, 0))).toBe('opinion');
    expect(dominantLabel(counts(0, 0, 3))).toBe('unsupported');
    expect(dominantLabel(counts(0, 1, 1))).toBeNull();
    expect(dominantLabel(counts(1, 1, 1))).toBeNull();
    expect(dominantLabel(counts(0, 0, 0))).toBeNull();
  });
});

describe('findPassage and groupRuns', () => {
  const passages = [
    { id: '0-20', start: 0, end: 20 },
    { id: '5-10', start: 5, end: 10 },
    { id: '30-40', start: 30, end: 40 },
  ];
  it('prefers the smallest passage containing the stretch, else the largest overlap', () => {
    expect(findPassage(passages, 6, 8)).toBe('5-10');
    expect(findPassage(passages, 12, 15)).toBe('0-20');
    expect(findPassage(passages, 28, 32)).toBe('30-40');
    expect(findPassage(passages, 22, 25)).toBeNull();
  });
  it('groups consecutive covered pieces of one passage into one run', () => {
    const piece = (start: number, end: number, covered: boolean) => ({ start, end, text: 'x'.repeat(end - start), segment: covered ? segment(start, end) : null });
    const runs = groupRuns([piece(0, 2, false), piece(2, 4, true), piece(4, 5, true), piece(5, 7, true), piece(7, 9, false), piece(22, 25, true)], passages);
    expect(runs.map((run) => [run.passageId, run.pieces.length])).toEqual([[null, 1], ['0-20', 2], ['5-10', 1], [null, 1], [null, 1]]);
  });
});
