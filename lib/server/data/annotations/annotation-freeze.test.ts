// The freeze rules' order and codes: a published article refuses everyone
// (article_published) before a submitted review refuses its author
// (review_submitted); both are 409s; an open or in-review article with a
// draft review lets the write through.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../errors';
import { assertAnnotationsWritable, assertNotPublished } from './annotation-freeze';

function refusal(run: () => void): { code: string; status: number } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, status: error.status };
  }
}

describe('assertAnnotationsWritable', () => {
  it.each([
    ['open', false, null],
    ['in_review', false, null],
    ['open', true, { code: 'review_submitted', status: 409 }],
    ['in_review', true, { code: 'review_submitted', status: 409 }],
    ['published', false, { code: 'article_published', status: 409 }],
    ['published', true, { code: 'article_published', status: 409 }],
  ] as const)('%s article, review submitted: %s → %o', (status, submitted, expected) => {
    expect(refusal(() => assertAnnotationsWritable({ status }, submitted))).toEqual(expected);
  });
});

describe('assertNotPublished', () => {
  it('names what is frozen', () => {
    expect(() => assertNotPublished({ status: 'published' }, 'text')).toThrow(/text cannot be revised/);
    expect(() => assertNotPublished({ status: 'published' }, 'verdicts')).toThrow(/cannot be changed/);
    expect(() => assertNotPublished({ status: 'in_review' }, 'review')).not.toThrow();
  });
});
