import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

const EDITOR = { id: 'e', email: 'editor@example.org', name: 'Ed Itor' };
const REVIEWER = { id: 'r', email: 'rev@example.org', name: 'Rev' };
const PEOPLE = [EDITOR, REVIEWER];

describe('findMentions', () => {
  it('finds members by email and by full name, in either case', () => {
    expect(findMentions('Please look, @Editor@Example.org.', PEOPLE)).toEqual(['e']);
    expect(findMentions('@ed itor and @rev: thoughts?', PEOPLE)).toEqual(['e', 'r']);
  });

  it('mentions each person once however often they are named', () => {
    expect(findMentions('@rev @rev@example.org @Rev', PEOPLE)).toEqual(['r']);
  });

  it('does not take a longer handle for a shorter one', () => {
    expect(findMentions('@reviewer2 said so', PEOPLE)).toEqual([]);
    expect(findMentions('@rev.smith said so', PEOPLE)).toEqual([]);
  });

  it('ignores names without @ and people not given', () => {
    expect(findMentions('Rev and editor@example.org', PEOPLE)).toEqual([]);
    expect(findMentions('@someone@example.org', PEOPLE)).toEqual([]);
  });
});
