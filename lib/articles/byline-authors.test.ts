import { describe, expect, it } from 'vitest';
import { MAX_BYLINE_AUTHORS, bylineAuthors, nameKey } from './byline-authors';

describe('bylineAuthors', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe and Ann Poe', ['Jane Doe', 'John Roe', 'Ann Poe']],
    ['Jane Doe, John Roe, and Ann Poe', ['Jane Doe', 'John Roe', 'Ann Poe']],
    ['by: Jane Doe & John Roe', ['Jane Doe', 'John Roe']],
    ['Written by Jane Doe', ['Jane Doe']],
    ['Jane Doe, Staff writer', ['Jane Doe']],
    ['Staff Writer', []],
    ['By Jane Doe | Reuters correspondent', ['Jane Doe']],
    ['JANE DOE and JOHN O’ROE', ['Jane Doe', 'John O’Roe']],
    ['Ann McCarthy', ['Ann McCarthy']],
    ['By Jane Doe (jane@example.org)', ['Jane Doe']],
    ['Jane Doe — Special to the Times', ['Jane Doe']],
    ['María José García-López and Zoë Ng', ['María José García-López', 'Zoë Ng']],
    ['Jane Doe and jane doe', ['Jane Doe']],
    ['Updated 12 May 2024', []],
    ['', []],
    ['   ', []],
  ])('%j names %j', (byline, names) => {
    expect(bylineAuthors(byline)).toEqual(names);
  });

  it('leaves out the outlet when the byline repeats it', () => {
    expect(bylineAuthors('By Jane Doe, The Associated Press', 'The Associated Press')).toEqual(['Jane Doe']);
    expect(bylineAuthors('Reuters', 'reuters')).toEqual([]);
  });

  it('has nothing for no byline', () => {
    expect(bylineAuthors(null)).toEqual([]);
    expect(bylineAuthors(undefined)).toEqual([]);
  });

  it('takes no more than MAX_BYLINE_AUTHORS names, and no prose', () => {
    const many = Array.from({ length: 30 }, (_, index) => `Person ${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(65 + Math.floor(index / 26))}`).join(', ');
    expect(bylineAuthors(many)).toHaveLength(MAX_BYLINE_AUTHORS);
    expect(bylineAuthors('This is a sentence that goes on far too long to be anybody’s name')).toEqual([]);
  });
});

describe('nameKey', () => {
  it('compares names case and spacing aside', () => {
    expect(nameKey('  Jane   DOE ')).toBe(nameKey('jane doe'));
  });
});
