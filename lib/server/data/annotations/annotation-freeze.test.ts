// The freeze rules' order and codes: a published article refuses everyone
// (article_published) before a submitted review refuses its author
// (review_submitted); both are 409s; an open or in-review article with a
// draft review lets the write through.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../errors';
import type { Actor } from '../../actor';
import { assertAnnotationsWritable, assertAssignedIfRequired, assertNotPublished } from './annotation-freeze';

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

describe('assertAssignedIfRequired', () => {
  const PROJECT = '11111111-1111-4111-8111-111111111111';
  const member = (role: Actor['role'], projectRole: Actor['role'] | null): Actor => ({
    id: 'a', email: 'a@example.org', name: 'A', role, projects: role === 'admin' ? null : new Map(projectRole ? [[PROJECT, projectRole]] : []),
  });
  it.each([
    ['a reviewer, assigned-only, not assigned', member('reviewer', 'reviewer'), true, false, { code: 'forbidden', status: 403 }],
    ['a reviewer, assigned-only, assigned', member('reviewer', 'reviewer'), true, true, null],
    ['a reviewer, open to all', member('reviewer', 'reviewer'), false, false, null],
    ['an editor account reviewing in the project, not assigned', member('editor', 'reviewer'), true, false, { code: 'forbidden', status: 403 }],
    ["the project's editor, not assigned", member('editor', 'editor'), true, false, null],
    ['an admin, not assigned', member('admin', null), true, false, null],
  ] as const)('%s → %o', (_who, actor, assignedOnly, assigned, expected) => {
    expect(refusal(() => assertAssignedIfRequired(actor, { projectId: PROJECT, assignedOnly }, assigned))).toEqual(expected);
  });
});

describe('assertNotPublished', () => {
  it('names what is frozen', () => {
    expect(() => assertNotPublished({ status: 'published' }, 'text')).toThrow(/text cannot be revised/);
    expect(() => assertNotPublished({ status: 'published' }, 'verdicts')).toThrow(/cannot be changed/);
    expect(() => assertNotPublished({ status: 'in_review' }, 'review')).not.toThrow();
  });
});
