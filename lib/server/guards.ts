import 'server-only';
// The one place where permissions are decided. Data functions call authorize()
// before touching anything; pages and routes call the require* helpers so an
// anonymous visitor is sent to sign-in (pages) or answered 401 (API).
import { forbidden, redirect } from 'next/navigation';
import { AppError } from '../errors';
import { safeRedirectPath } from '../security/safe-redirect';
import { ROLES } from '../vocabulary';
import type { Actor, Role, TokenScope } from './actor';
import { getActor } from './session';

const ALL: readonly Role[] = ROLES;
const DESK: readonly Role[] = ['editor', 'admin'];

const POLICY = {
  'articles:read': ALL,
  'articles:import': DESK,
  'articles:revise': DESK,
  'annotations:write': ALL,
  // The consensus view shows every reviewer's work, so it is the desk's alone (blind review).
  'consensus:read': DESK,
  'verdicts:write': DESK,
  'articles:publish': DESK,
  // Reopening a reviewer's submitted review lets them change it again: a desk decision, with a reason.
  'reviews:reopen': DESK,
  'exports:read': DESK,
  'ratings:manage': ['admin'],
  'users:manage': ['admin'],
  'tokens:manage': ['admin'],
  // Changing one's own password; no token scope grants it (a token never holds the password).
  'account:password': ALL,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof POLICY;

/**
 * What an API token may do, by scope; anything not listed (user and token
 * administration, adjudication, imports) needs a person signed in.
 */
const TOKEN_SCOPE: Partial<Record<Permission, TokenScope>> = {
  'articles:read': 'read:exports',
  'consensus:read': 'read:exports',
  'exports:read': 'read:exports',
  'annotations:write': 'write:annotations',
};

export function can(actor: Actor, permission: Permission): boolean {
  if (!(POLICY[permission] as readonly Role[]).includes(actor.role)) return false;
  if (!actor.token) return true;
  const scope = TOKEN_SCOPE[permission];
  return scope !== undefined && actor.token.scopes.includes(scope);
}

export function authorize(actor: Actor, permission: Permission): void {
  if (can(actor, permission)) return;
  if (actor.token && (POLICY[permission] as readonly Role[]).includes(actor.role)) {
    const scope = TOKEN_SCOPE[permission];
    throw new AppError('forbidden', scope ? `This API token lacks the ${scope} scope.` : 'API tokens cannot do this; sign in as a person.');
  }
  throw new AppError('forbidden', 'Your role does not allow this. Ask an admin if you need access.');
}

/**
 * Blind review: a reviewer sees only their own annotations on an article until
 * they have submitted their review; editors and admins see everyone's.
 * Returns the one author whose annotations are visible, or null for all.
 */
export function visibleAnnotationAuthor(actor: Actor, hasSubmitted: boolean): string | null {
  return actor.role === 'reviewer' && !hasSubmitted ? actor.id : null;
}

/** Annotations are changed only by their author; editors adjudicate instead of rewriting. */
export function authorizeAnnotationChange(actor: Actor, annotation: { authorId: string }): void {
  authorize(actor, 'annotations:write');
  if (annotation.authorId !== actor.id) throw new AppError('forbidden', 'You can only change your own annotations.');
}

/** For route handlers: the signed-in actor, or a 401. */
export async function requireActor(permission?: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('unauthenticated', 'Sign in first.');
  if (permission) authorize(actor, permission);
  return actor;
}

/** For pages: the signed-in actor, or a redirect to sign-in (then back here); 403 page when the role may not. */
export async function requirePageActor(permission?: Permission, returnTo = '/'): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(safeRedirectPath(returnTo))}`);
  if (permission && !can(actor, permission)) forbidden();
  return actor;
}
