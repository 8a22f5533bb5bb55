import { describe, expect, it } from 'vitest';
import type { PassageState } from '@/lib/consensus/types';
import { moveSelection, sortWorklist } from './worklist';

const passage = (id: string, state: PassageState, start: number) => ({ id, state, start, end: start + 5 });

describe('sortWorklist', () => {
  it('lists disputed, then single, then agreed, each in text order, whatever the verdicts', () => {
    const sorted = sortWorklist([passage('agreed-early', 'agreed', 0), passage('single', 'single', 10), passage('disputed-late', 'disputed', 40), passage('disputed-early', 'disputed', 20), passage('agreed-late', 'agreed', 50)]);
    expect(sorted.map((item) => item.id)).toEqual(['disputed-early', 'disputed-late', 'single', 'agreed-early', 'agreed-late']);
  });
});

describe('moveSelection', () => {
  const ids = ['a', 'b', 'c'];
  it('starts at the first row on J and the last on K', () => {
    expect(moveSelection(ids, null, 1)).toBe('a');
    expect(moveSelection(ids, null, -1)).toBe('c');
    expect(moveSelection(ids, 'gone', 1)).toBe('a');
  });
  it('moves one row and stops at either end', () => {
    expect(moveSelection(ids, 'a', 1)).toBe('b');
    expect(moveSelection(ids, 'b', -1)).toBe('a');
    expect(moveSelection(ids, 'c', 1)).toBe('c');
    expect(moveSelection(ids, 'a', -1)).toBe('a');
    expect(moveSelection([], null, 1)).toBeNull();
  });
});
