import { describe, expect, it } from 'vitest';
import type { Label } from '@/lib/vocabulary';
import { NO_FILTER, filterAnnotations, panelCount, reviewerChoices } from './panel-filter';

const annotation = (id: string, label: Label, author: { id: string; name: string }, mine = false) => ({ id, label, author, mine });
const me = { id: 'u-me', name: 'Rita' };
const ben = { id: 'u-ben', name: 'Ben' };
const ana = { id: 'u-ana', name: 'Ana' };
const all = [annotation('1', 'claim', me, true), annotation('2', 'opinion', ben), annotation('3', 'claim', ana), annotation('4', 'claim', ben)];

describe('filterAnnotations', () => {
  it('keeps everything with no filter, and narrows by label, by reviewer, and by both', () => {
    expect(filterAnnotations(all, NO_FILTER).map((item) => item.id)).toEqual(['1', '2', '3', '4']);
    expect(filterAnnotations(all, { label: 'claim', reviewer: 'all' }).map((item) => item.id)).toEqual(['1', '3', '4']);
    expect(filterAnnotations(all, { label: 'all', reviewer: 'u-ben' }).map((item) => item.id)).toEqual(['2', '4']);
    expect(filterAnnotations(all, { label: 'claim', reviewer: 'u-ben' }).map((item) => item.id)).toEqual(['4']);
    expect(filterAnnotations(all, { label: 'unsupported', reviewer: 'all' })).toEqual([]);
  });
});

describe('reviewerChoices', () => {
  it('lists the reader first as "You", then the others by name, once each', () => {
    expect(reviewerChoices(all, true)).toEqual([{ id: 'u-me', name: 'You' }, { id: 'u-ana', name: 'Ana' }, { id: 'u-ben', name: 'Ben' }]);
  });

  it('offers no reviewer at all to a reader who may not see others, whatever they were sent', () => {
    expect(reviewerChoices(all, false)).toEqual([]);
    expect(reviewerChoices([annotation('1', 'claim', me, true)], false)).toEqual([]);
  });
});

describe('panelCount', () => {
  it('says how many are shown of how many only when filtered', () => {
    expect(panelCount(4, 4, NO_FILTER)).toBe('4');
    expect(panelCount(2, 4, { label: 'claim', reviewer: 'all' })).toBe('2 of 4');
  });
});
