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
    expect(report).toEqual({ kept: [], moved: [], orphaned: [], results: new Map(), searchSteps: 0 });
  });

  it('passes thresholds through', () => {
    const annotations = [annotation('analysts', 'Analysts in Tehran were sceptical')];
    const revised = OLD.replace('Tehran', 'Teheran');
    expect(reanchorAll(annotations, revised).results.get('analysts')).toMatchObject({ state: 'reanchored', method: 'fuzzy' });
    // With approximate matching reserved for quotes of 40 characters or more, this one can no longer be placed.
    expect(reanchorAll(annotations, revised, { fuzzyMinQuoteLength: 40 }).orphaned).toEqual(['analysts']);
  });
});

describe('reanchorAll on a long, repetitive text with long quotes', () => {
  const line = 'The same line of the report, again and again. ';
  const text = line.repeat(2_000);
  // An edit every 500 characters: no quote survives verbatim, so every one needs the approximate search.
  const revised = text.replace(/(.{499})./gs, '$1#');
  const annotations = Array.from({ length: 30 }, (_, id) => ({ id, selectors: describeSpan(text, 1_000 + id * 7, 3_000 + id * 7) }));

  it('orphans what it cannot tell apart or afford, and spends no more than the revision budget', () => {
    const revisionSearchBudget = 20_000_000;
    const report = reanchorAll(annotations, revised, { revisionSearchBudget });
    expect(report.orphaned).toHaveLength(annotations.length);
    const reasons = new Set([...report.results.values()].map((result) => (result.state === 'orphaned' ? result.reason : result.state)));
    expect([...reasons].sort()).toEqual(['ambiguous', 'too_costly']);
    // Work is charged as it is done, so the search stops within one charge (a few per cent here) past the budget.
    expect(report.searchSteps).toBeGreaterThan(revisionSearchBudget);
    expect(report.searchSteps).toBeLessThanOrEqual(revisionSearchBudget * 1.1);
  });

  it('orphans a quote found verbatim at more places than it will score, unless its context singles one out', () => {
    // The quote's stored context holds a marker the revision removes: no copy has it verbatim around it.
    const marked = `${line.repeat(10)}MARKER ${text}`;
    const at = marked.indexOf('MARKER ') + 'MARKER '.length;
    const short = describeSpan(marked, at, at + 20);
    expect(reanchorAll([{ id: 'a', selectors: short }], marked.replace('MARKER ', ''), { maxVerbatimPlaces: 100 }).results.get('a')).toEqual({ state: 'orphaned', reason: 'ambiguous' });
    const unique = `${text}A different line.`;
    const last = describeSpan(unique, unique.length - 'A different line.'.length, unique.length);
    expect(reanchorAll([{ id: 'b', selectors: last }], `X${unique}`, { maxVerbatimPlaces: 100 }).results.get('b')).toMatchObject({ state: 'reanchored', method: 'exact-unique' });
  });
});
