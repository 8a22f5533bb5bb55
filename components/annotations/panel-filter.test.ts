import { describe, expect, it } from 'vitest';
import type { Label } from '@/lib/vocabulary';
import { NO_FILTER, filterAnnotations, isFiltering, reviewerChoices } from './panel-filter';

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
  it('lists the reader first (marked as theirs), then the others by name, once each', () => {
    expect(reviewerChoices(all, true, 'en')).toEqual([{ id: 'u-me', name: 'Rita', mine: true }, { id: 'u-ana', name: 'Ana', mine: false }, { id: 'u-ben', name: 'Ben', mine: false }]);
  });

  it('orders the names as the interface language sorts them', () => {
    const names = [annotation('1', 'claim', { id: 'z', name: 'Zoë' }), annotation('2', 'claim', { id: 'a', name: 'Ängel' }), annotation('3', 'claim', { id: 'b', name: 'Bo' })];
    expect(reviewerChoices(names, true, 'en').map((choice) => choice.name)).toEqual(['Ängel', 'Bo', 'Zoë']);
    expect(reviewerChoices(names, true, 'sv').map((choice) => choice.name)).toEqual(['Bo', 'Zoë', 'Ängel']);
  });

  it('offers no reviewer at all to a reader who may not see others, whatever they were sent', () => {
    expect(reviewerChoices(all, false, 'en')).toEqual([]);
    expect(reviewerChoices([annotation('1', 'claim', me, true)], false, 'en')).toEqual([]);
  });
});

describe('isFiltering', () => {
  it('is true when a label or a reviewer is chosen', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ label: 'claim', reviewer: 'all' })).toBe(true);
    expect(isFiltering({ label: 'all', reviewer: 'u-ben' })).toBe(true);
  });
});
