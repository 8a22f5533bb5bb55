import { describe, expect, it } from 'vitest';
import { reanchorAll } from './reanchor-all';
import { describeSpan } from './selectors';

const OLD = [
  'Russia and Iran deepen military ties',
  'Officials in Moscow said on Monday that Russia sent troops to Syria.',
  'Russia sent troops to Iran, according to a report in a Russian newspaper.',
  'Analysts in Tehran were sceptical of the claim.',
].join('\n');

function annotation(id: string, quote: string) {
  const at = OLD.indexOf(quote);
  return { id, selectors: describeSpan(OLD, at, at + quote.length) };
}

describe('reanchorAll', () => {
  it('sorts annotations into kept, moved and orphaned for the revision report', () => {
    const annotations = [
      annotation('headline', 'deepen military ties'),
      annotation('syria', 'Russia sent troops to Syria.'),
      annotation('iran', 'Russia sent troops to Iran'),
      annotation('analysts', 'Analysts in Tehran were sceptical'),
    ];
    // The Syria sentence is deleted; a line is inserted before the Iran report.
    const revised = [
      'Russia and Iran deepen military ties',
      'Officials in Moscow said on Monday.',
      'Update: the Kremlin declined to comment.',
      'Russia sent troops to Iran, according to a report in a Russian newspaper.',
      'Analysts in Tehran were sceptical of the claim.',
    ].join('\n');
    const report = reanchorAll(annotations, revised);
    expect(report.kept).toEqual(['headline']);
    expect(report.orphaned).toEqual(['syria']);
    expect(report.moved.map((move) => move.id)).toEqual(['iran', 'analysts']);
    for (const move of report.moved) {
      const { exact } = annotations.find((candidate) => candidate.id === move.id)!.selectors.quote;
      expect(revised.slice(move.start, move.end)).toBe(exact);
    }
    expect(report.results.size).toBe(4);
    expect(report.results.get('syria')).toMatchObject({ state: 'orphaned' });
    expect(report.results.get('iran')).toMatchObject({ state: 'reanchored', method: 'exact-unique' });
  });

  it('returns an empty report for no annotations', () => {
    const report = reanchorAll([], 'text');
    expect(report).toEqual({ kept: [], moved: [], orphaned: [], results: new Map() });
  });

  it('passes thresholds through', () => {
    const annotations = [annotation('analysts', 'Analysts in Tehran were sceptical')];
    const revised = OLD.replace('Tehran', 'Teheran');
    expect(reanchorAll(annotations, revised).results.get('analysts')).toMatchObject({ state: 'reanchored', method: 'fuzzy' });
    // With approximate matching reserved for quotes of 40 characters or more, this one can no longer be placed.
    expect(reanchorAll(annotations, revised, { fuzzyMinQuoteLength: 40 }).orphaned).toEqual(['analysts']);
  });
});
