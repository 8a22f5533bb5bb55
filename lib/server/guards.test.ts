import { describe, expect, it, vi } from 'vitest';
import type { Actor, TokenScope } from './actor';
import type { Authorized, Permission } from './guards';
import { ROLES } from '../vocabulary';

vi.mock('./session', () => ({ getActor: async () => null }));
const { IMPLIED_PERMISSIONS, authorize, can, requireActor } = await import('./guards');

const as = (role: Actor['role']): Actor => ({ id: '00000000-0000-4000-8000-000000000000', email: `${role}@example.org`, name: role, role, projects: null });

describe('the permission policy', () => {
  it.each([
    ['reviewer', 'articles:read', true],
    ['reviewer', 'articles:import', false],
    ['reviewer', 'users:manage', false],
    ['editor', 'articles:import', true],
    ['editor', 'users:manage', false],
    ['admin', 'articles:import', true],
    ['admin', 'users:manage', true],
    ['reviewer', 'consensus:read', false],
    ['reviewer', 'verdicts:write', false],
    ['reviewer', 'articles:publish', false],
    ['editor', 'consensus:read', true],
    ['editor', 'verdicts:write', true],
    ['editor', 'articles:publish', true],
    ['editor', 'ratings:manage', false],
    ['admin', 'articles:publish', true],
    ['admin', 'ratings:manage', true],
  ] as const)('%s may %s: %s', (role, permission, allowed) => {
    expect(can(as(role), permission)).toBe(allowed);
    if (allowed) expect(() => authorize(as(role), permission)).not.toThrow();
    else expect(() => authorize(as(role), permission)).toThrow(expect.objectContaining({ code: 'forbidden', status: 403 }));
  });

  it.each([
    [['read:exports'], 'exports:read', true],
    [['read:exports'], 'articles:read', true],
    [['read:exports'], 'annotations:write', false],
    [['write:annotations'], 'annotations:write', true],
    [['write:annotations'], 'exports:read', false],
    [['read:exports', 'write:annotations'], 'verdicts:write', false],
    [['read:exports', 'write:annotations'], 'users:manage', false],
    [['read:exports', 'write:annotations'], 'tokens:manage', false],
  ] as const)('an admin\'s token with %j may %s: %s', (scopes, permission, allowed) => {
    const actor = { ...as('admin'), token: { id: 't', scopes } };
    expect(can(actor, permission)).toBe(allowed);
    if (!allowed) expect(() => authorize(actor, permission)).toThrow(expect.objectContaining({ code: 'forbidden', message: expect.stringMatching(/token/) }));
  });

  it('never lets a token exceed the role of its account', () => {
    const reviewerToken = { ...as('reviewer'), token: { id: 't', scopes: ['read:exports', 'write:annotations'] as const } };
    expect(can(reviewerToken, 'exports:read')).toBe(false);
    expect(can(reviewerToken, 'annotations:write')).toBe(true);
  });

  // Authorized<P> says "P and what it implies was checked"; the policy must agree, for people and tokens alike.
  const SCOPE_SETS: (readonly TokenScope[] | null)[] = [null, [], ['read:exports'], ['write:annotations'], ['read:exports', 'write:annotations']];
  it.each(Object.entries(IMPLIED_PERMISSIONS) as [Permission, readonly Permission[]][])('whoever may %s may also %j', (permission, implied) => {
    let granted = 0;
    for (const role of ROLES) {
      for (const scopes of SCOPE_SETS) {
        const actor: Actor = scopes ? { ...as(role), token: { id: 't', scopes } } : as(role);
        if (!can(actor, permission)) continue;
        granted += 1;
        for (const also of implied) expect(can(actor, also), `${role} ${JSON.stringify(scopes)} ${also}`).toBe(true);
      }
    }
    expect(granted).toBeGreaterThan(0);
  });

  it('makes an Authorized actor only by checking, for the permission checked and what it implies', () => {
    const editor = as('editor');
    const revising = authorize(editor, 'articles:revise');
    const reading: Authorized<'articles:read'> = revising;
    expect(reading).toBe(editor);
    // @ts-expect-error a plain Actor has not been checked for anything
    const unchecked: Authorized<'articles:read'> = editor;
    // @ts-expect-error revising an article does not include publishing it
    const publishing: Authorized<'articles:publish'> = revising;
    expect([unchecked, publishing]).toEqual([editor, editor]);
  });

  it('answers 401 to a caller without a session', async () => {
    await expect(requireActor()).rejects.toMatchObject({ code: 'unauthenticated', status: 401 });
  });
});
