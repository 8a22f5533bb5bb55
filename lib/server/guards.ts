import 'server-only';
// The one place where permissions are decided, once per request path, at its
// entry: a route's requireActor(permission) (before the body is read, so a
// refusal never depends on it), a page's requirePageActor(permission), or
// authorize() where a path starts elsewhere. What they return is an
// Authorized<P> actor; data and orchestration functions take that type and do
// not decide again. An anonymous visitor is sent to sign-in (pages) or
// answered 401 (API).
//
// Projects: a request about one article or project enters through
// requireArticleActor / requireProjectActor (or their page forms), which decide
// with the actor's role in that project and hand on the actor narrowed to it.
// A project that is not the actor's answers exactly as an unknown id (404), so
// a non-member cannot learn what exists. Lists across projects read
// projectsWith(actor, permission) into their query (data/projects/project-scope.ts).
import { forbidden, notFound, redirect } from 'next/navigation';
import { AppError } from '../errors';
import { safeRedirectPath } from '../security/safe-redirect';
import { type LiveChangeKind, ROLES } from '../vocabulary';
import type { Actor, Role, TokenScope } from './actor';
import { findAssignmentArticle } from './data/assignments/delete-assignment';
import { findArticleProject } from './data/projects/find-article-project';
import { findProject } from './data/projects/find-project';
import { getActor, getActorAndArticleProject } from './session';

const ALL: readonly Role[] = ROLES;
const DESK: readonly Role[] = ['editor', 'admin'];

const POLICY = {
  'articles:read': ALL,
  // Starting an investigation is a desk decision; an editor who starts one becomes its editor.
  'projects:create': DESK,
  // Inside a project (the actor narrowed to it): its name, description, guidelines, members and rating scale.
  'projects:manage': DESK,
  // Checked in both projects: the one the article leaves and the one it joins.
  'articles:move': DESK,
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
  // Discussion on an article; a reviewer may read and write it only after submitting there (seesDiscussion).
  'comments:write': ALL,
  // Resolving a thread closes a question for the desk: an editor's call.
  'comments:resolve': DESK,
  // Who reviews an article and by when, and whether only they may: the desk's; the lists show every reviewer's progress (blind review).
  'assignments:manage': DESK,
  // Outlets (name, domains, country, notes) are desk-wide records: an editor or admin keeps them.
  'sources:manage': DESK,
  'ratings:manage': ['admin'],
  // The credibility-signal questionnaire every project's reviewers answer (issue 15): an admin's, like the rating scale.
  'signals:manage': ['admin'],
  'users:manage': ['admin'],
  'tokens:manage': ['admin'],
  // Webhooks send desk events (across projects) to other systems: an admin's decision, like tokens.
  'webhooks:manage': ['admin'],
  // One's own email preferences; no token scope grants it.
  'account:notifications': ALL,
  // Changing one's own password; no token scope grants it (a token never holds the password).
  'account:password': ALL,
  // One's own interface language (issue 17); no token scope grants it (a token has no interface).
  'account:locale': ALL,
  // One's own notifications (listing them, marking them read), in the projects one is still in. People only:
  // no token scope grants it (an inbox is a person's; newsroom systems subscribe to webhooks instead).
  'notifications:read': ALL,
  // Claims are the desk's (desk-wide, across projects): a claim page lists the passages editors linked,
  // so reviewers read none of it (blind review). Linking a passage is decided in the article's project.
  'claims:read': DESK,
  'claims:write': DESK,
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
  'projects:manage': ['articles:read'],
  'articles:move': ['articles:read'],
  'assignments:manage': ['articles:read'],
  'claims:write': ['claims:read'],
  'sources:manage': ['articles:read'],
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

function roleAllows(role: Role, permission: Permission): boolean {
  return (POLICY[permission] as readonly Role[]).includes(role);
}

/** Whether the actor may do this, with its role as it stands (the account's, or the project's once narrowed). */
export function can(actor: Actor, permission: Permission): boolean {
  if (!roleAllows(actor.role, permission)) return false;
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

/** The actor's role in a project, or null when the project is not theirs (not a member, or outside their token's projects). */
export function roleInProject(actor: Actor, projectId: string): Role | null {
  return actor.projects === null ? actor.role : (actor.projects.get(projectId) ?? null);
}

/** The projects in which the actor holds `permission`, for lists across projects; null: every project. */
export function projectsWith(actor: Actor, permission: Permission): readonly string[] | null {
  if (!can(actor, permission)) return [];
  if (actor.projects === null) return null;
  return [...actor.projects].filter(([, role]) => roleAllows(role, permission)).map(([id]) => id);
}

/** The actor as it acts inside one project: its role there, and that project alone; null when the project is not theirs. */
export function inProject(actor: Actor, projectId: string): Actor | null {
  const role = roleInProject(actor, projectId);
  return role === null ? null : { ...actor, role, projects: new Map([[projectId, role]]) };
}

const NO_ARTICLE = 'No article with that id.';
const NO_PROJECT = 'No project with that id.';

/** authorize() inside a project: 404 (`absent`, as for an unknown id) when it is not the actor's, 403 when the role there lacks the permission. */
export function authorizeInProject<P extends Permission>(actor: Actor, permission: P, projectId: string, absent = NO_PROJECT): Authorized<P> {
  const narrowed = inProject(actor, projectId);
  if (!narrowed) throw new AppError('not_found', absent);
  return authorize(narrowed, permission);
}

/** For route handlers about one article: the actor narrowed to the article's project and authorised there. */
export async function requireArticleActor<P extends Permission>(permission: P, articleId: string): Promise<Authorized<P>> {
  // The actor and the article's project in one read; refused in requireActor's order: 401, 403, then 404.
  const { actor, projectId } = await getActorAndArticleProject(articleId);
  if (!actor) throw new AppError('unauthenticated', 'Sign in first.');
  authorize(actor, permission);
  if (!projectId) throw new AppError('not_found', NO_ARTICLE);
  return authorizeInProject(actor, permission, projectId, NO_ARTICLE);
}

/** After the entry check, for an article named in a body (a claim's appearance): the actor narrowed to its project, as requireArticleActor. */
export async function authorizeForArticle<P extends Permission>(actor: Authorized<P>, permission: P, articleId: string): Promise<Authorized<P>> {
  const projectId = await findArticleProject(articleId);
  if (!projectId) throw new AppError('not_found', NO_ARTICLE);
  return authorizeInProject(actor, permission, projectId, NO_ARTICLE);
}

/** For the desk-wide claim routes: the actor holds `permission` in at least one of its projects (an editor account that only reviews is refused). */
export async function requireDeskActor<P extends 'claims:read' | 'claims:write'>(permission: P): Promise<Authorized<P>> {
  const actor = await requireActor(permission);
  const projects = projectsWith(actor, permission);
  if (projects !== null && projects.length === 0) throw new AppError('forbidden', 'Claims are the desk’s: you are an editor in none of your projects.');
  return actor;
}

/** For route handlers about one assignment: as requireArticleActor for its article; an unknown id or another project's is a 404. */
export async function requireAssignmentActor<P extends Permission>(permission: P, assignmentId: string): Promise<Authorized<P>> {
  const actor = await requireActor(permission);
  const articleId = await findAssignmentArticle(assignmentId);
  if (!articleId) throw new AppError('not_found', 'No assignment with that id.');
  const projectId = await findArticleProject(articleId);
  if (!projectId) throw new AppError('not_found', 'No assignment with that id.');
  return authorizeInProject(actor, permission, projectId, 'No assignment with that id.');
}

/** For route handlers about one project: the actor narrowed to it and authorised there. */
export async function requireProjectActor<P extends Permission>(permission: P, projectId: string): Promise<Authorized<P>> {
  const actor = await requireActor(permission);
  if (!(await findProject(projectId))) throw new AppError('not_found', NO_PROJECT);
  return authorizeInProject(actor, permission, projectId);
}

/**
 * For lists that take `?project=`, after the entry check: the actor narrowed to
 * that project when one is named (404 when it is not theirs), else as it was,
 * across its projects.
 */
export async function narrowToProject<P extends Permission>(actor: Authorized<P>, permission: P, projectId: string | null | undefined): Promise<Authorized<P>> {
  if (!projectId) return actor;
  if (!(await findProject(projectId))) throw new AppError('not_found', NO_PROJECT);
  return authorizeInProject(actor, permission, projectId);
}

/** For pages about one article: as requireArticleActor, with the not-found and forbidden pages. */
export async function requirePageArticleActor<P extends Permission>(permission: P, articleId: string, returnTo: string): Promise<Authorized<P>> {
  return pageInProject(await requirePageActor(permission, returnTo), permission, await findArticleProject(articleId));
}

/** For pages about one project. */
export async function requirePageProjectActor<P extends Permission>(permission: P, projectId: string, returnTo: string): Promise<Authorized<P>> {
  const actor = await requirePageActor(permission, returnTo);
  return pageInProject(actor, permission, (await findProject(projectId))?.id ?? null);
}

function pageInProject<P extends Permission>(actor: Actor, permission: P, projectId: string | null): Authorized<P> {
  const narrowed = projectId ? inProject(actor, projectId) : null;
  if (!narrowed) notFound();
  if (!can(narrowed, permission)) forbidden();
  return narrowed as Authorized<P>;
}

/**
 * Blind review: a reviewer sees only their own annotations on an article until
 * they have submitted their review; editors and admins see everyone's.
 * Returns the one author whose annotations are visible, or null for all.
 */
export function visibleAnnotationAuthor(actor: Actor, hasSubmitted: boolean): string | null {
  return actor.role === 'reviewer' && !hasSubmitted ? actor.id : null;
}

/**
 * Blind review of the discussion: a reviewer reads (and joins) an article's
 * comments only once they have submitted their review there; the desk always.
 * Before that every comment is hidden as if absent.
 */
export function seesDiscussion(actor: Actor, hasSubmitted: boolean): boolean {
  return visibleAnnotationAuthor(actor, hasSubmitted) === null;
}

/**
 * Blind review of the live change feed (GET /api/events): whether this actor is told that
 * something of this kind changed on an article of this project. Nothing of a project that is
 * not the actor's. The article row and review submissions are public to the project's members
 * (every list shows status, activity and how many have submitted). Annotations, assignments,
 * comments and verdicts are the desk's to hear about (the consensus page and the desk's lists
 * show them all), and otherwise only the reviewer they belong to hears of their own — so a
 * reviewer learns nothing of another's drafts, assignments or the discussion through the stream.
 * (A reviewer who has submitted could read others' annotations, but the live pages they have
 * do not show them, so they are not told: the stricter rule needs no query per event.)
 * Verdicts and presence are shown on the consensus page, so only to those who may open it.
 */
export function seesLiveChange(actor: Actor, change: { kind: LiveChangeKind; projectId: string; userId: string | null }): boolean {
  const narrowed = inProject(actor, change.projectId);
  if (!narrowed || !can(narrowed, 'articles:read')) return false;
  const desk = can(narrowed, 'consensus:read');
  switch (change.kind) {
    case 'article':
    case 'review':
      return true;
    case 'presence':
    case 'verdict':
      return desk;
    default:
      return desk || (change.userId !== null && change.userId === actor.id);
  }
}

/** A comment's words are changed only by its author. */
export function authorizeCommentEdit(actor: Authorized<'comments:write'>, comment: { authorId: string }): void {
  if (comment.authorId !== actor.id) throw new AppError('forbidden', 'You can only edit your own comments.');
}

/**
 * Whether the actor needs an assignment to annotate or submit on an article of
 * this project that is open to its assigned reviewers only: everyone but the
 * project's desk (who may assign themselves anyway).
 */
export function needsAssignment(actor: Actor, projectId: string): boolean {
  const role = roleInProject(actor, projectId);
  return role === null || !roleAllows(role, 'assignments:manage');
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
