import 'server-only';
// The one place where permissions are decided, once per request path, at its
// entry: a route's requireActor(permission) (before the body is read, so a
// refusal never depends on it), a page's requirePageActor(permission), or
// authorize() where a path starts elsewhere. What they return is an
// Authorized<P> actor; data and orchestration functions take that type and do
// not decide again. An anonymous visitor is sent to sign-in (pages) or
// answered 401 (API).
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
 * Permissions that include others: importing, revising or exporting articles
 * includes reading them, managing the rating scale includes reading it
 * (getRatingScale needs consensus:read). Every role and token scope granted
 * the first is granted the second; guards.test.ts holds POLICY and TOKEN_SCOPE to that.
 */
export const IMPLIED_PERMISSIONS = {
  'articles:import': ['articles:read'],
  'articles:revise': ['articles:read'],
  'exports:read': ['articles:read'],
  'ratings:manage': ['consensus:read'],
} as const satisfies Partial<Record<Permission, readonly Permission[]>>;

type Implied<P extends Permission> = P extends keyof typeof IMPLIED_PERMISSIONS ? (typeof IMPLIED_PERMISSIONS)[P][number] : never;

declare const granted: unique symbol;

/**
 * An actor whose permission P (and what it implies) this request path has
 * checked at its entry. Only the functions below make one, so a function that
 * takes it cannot be reached unchecked, and it does not check again.
 */
export type Authorized<P extends Permission> = Actor & { readonly [granted]: { readonly [K in P | Implied<P>]: true } };

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

/** The check at a path's entry: the actor, authorised for `permission`, or a 403. */
export function authorize<P extends Permission>(actor: Actor, permission: P): Authorized<P> {
  if (can(actor, permission)) return actor as Authorized<P>;
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
export function authorizeAnnotationChange(actor: Authorized<'annotations:write'>, annotation: { authorId: string }): void {
  if (annotation.authorId !== actor.id) throw new AppError('forbidden', 'You can only change your own annotations.');
}

/** For route handlers: the signed-in actor, or a 401; with a permission, authorised for it (or a 403). */
export async function requireActor(): Promise<Actor>;
export async function requireActor<P extends Permission>(permission: P): Promise<Authorized<P>>;
export async function requireActor(permission?: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('unauthenticated', 'Sign in first.');
  return permission ? authorize(actor, permission) : actor;
}

/** For pages: the signed-in actor, or a redirect to sign-in (then back here); 403 page when the role may not. */
export async function requirePageActor(permission?: undefined, returnTo?: string): Promise<Actor>;
export async function requirePageActor<P extends Permission>(permission: P, returnTo?: string): Promise<Authorized<P>>;
export async function requirePageActor(permission?: Permission, returnTo = '/'): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(safeRedirectPath(returnTo))}`);
  if (permission && !can(actor, permission)) forbidden();
  return actor;
}
