import { describe, expect, it } from 'vitest';
import { consensusTabHref, consensusTabOf } from './consensus-tab';

describe('consensusTabOf', () => {
  it('is the figures tab only for ?view=figures', () => {
    expect(consensusTabOf('figures')).toBe('figures');
    expect(consensusTabOf(undefined)).toBe('passages');
    expect(consensusTabOf('passages')).toBe('passages');
    expect(consensusTabOf(['figures', 'figures'])).toBe('passages');
    expect(consensusTabOf('FIGURES')).toBe('passages');
  });
});

describe('consensusTabHref', () => {
  it('sets or removes the view, keeping the rest of the address', () => {
    expect(consensusTabHref('https://desk.example/articles/a1/consensus', 'figures')).toBe('/articles/a1/consensus?view=figures');
    expect(consensusTabHref('https://desk.example/articles/a1/consensus?view=figures', 'passages')).toBe('/articles/a1/consensus');
    expect(consensusTabHref('https://desk.example/articles/a1/consensus?x=1#heat-p1', 'figures')).toBe('/articles/a1/consensus?x=1&view=figures#heat-p1');
    expect(consensusTabHref('https://desk.example/articles/a1/consensus?x=1&view=figures', 'passages')).toBe('/articles/a1/consensus?x=1');
  });
});
