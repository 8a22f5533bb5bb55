// The permission matrix: every route handler method, every page and every
// server action of the app, with what each kind of caller must get. The
// expectations come from the product rules (README "API", guards.ts's policy
// as the README states it), not from what the code happens to answer; a cell
// the app gets wrong fails permission-matrix.spec.ts, which walks this table
// against the running app and also fails when the source tree has an endpoint
// without a row here (or a row for an endpoint that no longer exists).
//
// Columns (PERSONAS, in this order) and the data each one acts on:
//   anon     no session, no token
//   r-own    reviewer1, on their own annotations of an article they have not submitted yet
//   r-oth-b  reviewer3, on reviewer2's annotations of an article reviewer3 has not submitted
//            (blind review: another reviewer's annotation is "not found", 404)
//   r-oth-a  reviewer1, on reviewer2's annotations of an article reviewer1 has submitted
//            (reading allowed; changing another's annotation is 403)
//   editor   the editor, on reviewer2's annotations (editors see everything, change only their own)
//   admin    the admin, likewise
//   t:rd-ed  API token with read:exports made for the editor
//   t:wr-rv  API token with write:annotations made for reviewer2, on reviewer2's own annotations
//   t:rd-rv  API token with read:exports made for reviewer3, on reviewer2's annotations of an
//            article reviewer3 has not submitted (the account's role and blind review still apply)
//   t:all-ad API token with both scopes made for the admin (a token never administers: users,
//            tokens, the rating scale, imports, revisions, verdicts and publishing need a person)
//   x-rev    a reviewer account that is a member of another project only (made by the spec)
//   x-ed     an editor account that is an editor of another project only (made by the spec)
//
// Projects: every demo account works in the seeded project "Desk", where all the
// data above lives (the admin sees every project without being a member). The
// x- columns are the project dimension: anything of a project the caller does
// not work in answers exactly as an id that does not exist — 404 — wherever the
// account's role would allow the route at all (where it would not, the role's
// 403 comes first, as it does for an absent id). Lists answer 200 with the
// caller's own projects only.
//
// A cell is an HTTP status, a set of statuses where the answer legitimately
// depends on something other than permission, SIGNIN / HOME for a redirect
// (to /signin, or from /signin to the dashboard), and for server actions
// DONE (the action happened), ABSENT (answered as for a project that does not
// exist, for a project not the caller's) or REFUSED (it answered with its refusal message
// and did not happen). Mutating operations are sent with bodies that succeed
// for an allowed caller, on data made fresh for each cell that would consume it.
import type { TokenScope } from '../../lib/vocabulary';

export const PERSONAS = [
  { id: 'anon', label: 'anonymous' },
  { id: 'r-own', label: 'reviewer (own data, before submitting)', account: 'reviewer1' },
  { id: 'r-oth-b', label: "reviewer (another reviewer's data, before submitting)", account: 'reviewer3' },
  { id: 'r-oth-a', label: "reviewer (another reviewer's data, after submitting)", account: 'reviewer1' },
  { id: 'editor', label: 'editor', account: 'editor' },
  { id: 'admin', label: 'admin', account: 'admin' },
  { id: 't:rd-ed', label: 'token read:exports (acting as the editor)', account: 'editor', scopes: ['read:exports'] },
  { id: 't:wr-rv', label: 'token write:annotations (acting as a reviewer)', account: 'reviewer2', scopes: ['write:annotations'] },
  { id: 't:rd-rv', label: 'token read:exports (acting as a reviewer)', account: 'reviewer3', scopes: ['read:exports'] },
  { id: 't:all-ad', label: 'token read:exports + write:annotations (acting as the admin)', account: 'admin', scopes: ['read:exports', 'write:annotations'] },
  { id: 'x-rev', label: 'reviewer of another project only', account: 'outsiderReviewer' },
  { id: 'x-ed', label: 'editor of another project only', account: 'outsiderEditor' },
] as const satisfies readonly { id: string; label: string; account?: PersonaAccount; scopes?: readonly TokenScope[] }[];

/** The demo accounts, and the two the spec makes as members of another project only. */
export type PersonaAccount = 'reviewer1' | 'reviewer2' | 'reviewer3' | 'editor' | 'admin' | 'outsiderReviewer' | 'outsiderEditor';

export type Persona = (typeof PERSONAS)[number];
export type PersonaId = Persona['id'];

export type Redirect = { readonly redirect: '/signin' | '/' };
export const SIGNIN: Redirect = { redirect: '/signin' };
export const HOME: Redirect = { redirect: '/' };
export const DONE = 'done';
export const REFUSED = 'refused';
/** Refused as if the project did not exist: the answer an id of a project not the caller's gets (no role message, nothing happened). */
export const ABSENT = 'absent';

export type HttpExpectation = number | readonly number[] | Redirect;
export type ActionExpectation = typeof DONE | typeof REFUSED | typeof ABSENT | Redirect;

/** One value per persona, in the order of PERSONAS. */
type Cells<E> = readonly [E, E, E, E, E, E, E, E, E, E, E, E];

/** `cells` is null only for a row that is listed but not walked, and `untested` says why. */
export type RouteRow = { kind: 'route'; key: string; method: string; path: string; cells: Cells<HttpExpectation> | null; note?: string; untested?: string };
export type PageRow = { kind: 'page'; key: string; path: string; cells: Cells<HttpExpectation>; note?: string };
export type ActionRow = { kind: 'action'; key: string; name: string; file: string; page: string; cells: Cells<ActionExpectation>; note?: string };
export type Row = RouteRow | PageRow | ActionRow;

function route(operation: string, cells: Cells<HttpExpectation> | null, extra: { note?: string; untested?: string } = {}): RouteRow {
  const [method = '', path = ''] = operation.split(' ');
  return { kind: 'route', key: operation, method, path, cells, ...extra };
}

function page(path: string, cells: Cells<HttpExpectation>, note?: string): PageRow {
  return { kind: 'page', key: `page ${path}`, path, cells, ...(note ? { note } : {}) };
}

/** A server action, invoked by POSTing to the page whose form uses it. */
function action(name: string, file: string, onPage: string, cells: Cells<ActionExpectation>): ActionRow {
  return { kind: 'action', key: `action ${name}`, name, file, page: onPage, cells };
}

const S = SIGNIN;
const H = HOME;
const R = REFUSED;
/** Refusal of a change to another reviewer's annotation by a read-only token under blind review: the scope (403) or blind review (404) may answer first; neither reveals anything. */
const REFUSED_TOKEN: readonly number[] = [403, 404];

// prettier-ignore
export const ROUTES: readonly RouteRow[] = [
  //                                                   anon  r-own r-oth-b r-oth-a editor admin t:rd-ed t:wr-rv t:rd-rv t:all-ad x-rev x-ed
  // The W3C Web Annotation Protocol container (one article's view, ?article=<id>).
  route('GET /annotations/',                           [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   404,   404 ]),
  route('HEAD /annotations/',                          [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   404,   404 ]),
  route('OPTIONS /annotations/',                       [ 200,  200,  200,   200,    200,   200,  200,    200,    200,    200,   200,   200 ], { note: 'discovery: the same for everyone, reveals nothing' }),
  // x-: the target names an article the caller cannot see, which is refused as any unknown address is (400).
  route('POST /annotations/',                          [ 401,  201,  201,   409,    201,   201,  403,    201,    403,    201,   400,   400 ], { note: 'write:annotations is the scope for creating annotations, through either API; after submitting, a review is final (409)' }),
  route('GET /annotations/[id]',                       [ 401,  200,  404,   200,    200,   200,  200,    403,    404,    200,   404,   404 ]),
  route('HEAD /annotations/[id]',                      [ 401,  200,  404,   200,    200,   200,  200,    403,    404,    200,   404,   404 ]),
  route('OPTIONS /annotations/[id]',                   [ 200,  200,  200,   200,    200,   200,  200,    200,    200,    200,   200,   200 ]),
  route('PUT /annotations/[id]',                       [ 401,  200,  404,   403,    403,   403,  403,    200,    REFUSED_TOKEN, 403,   404,   404 ], { note: 'only the author changes an annotation; with If-Match of the current ETag' }),
  route('DELETE /annotations/[id]',                    [ 401,  204,  404,   403,    403,   403,  403,    204,    REFUSED_TOKEN, 403,   404,   404 ]),
  // Annotations (workbench JSON API).
  route('PATCH /api/annotations/[id]',                 [ 401,  200,  404,   403,    403,   403,  403,    200,    403,    403,   404,   404 ]),
  route('DELETE /api/annotations/[id]',                [ 401,  204,  404,   403,    403,   403,  403,    204,    403,    403,   404,   404 ]),
  route('GET /api/annotations/[id]/history',           [ 401,  200,  404,   200,    200,   200,  200,    403,    404,    200,   404,   404 ], { note: 'reading needs read:exports on a token' }),
  route('PATCH /api/comments/[id]',                    [ 401,  404,  404,   403,    200,   200,  403,    403,    403,    403,   404,   404 ], { note: "resolving a thread of the editor's: the project's editors; hidden as absent before submitting; editing words is the author's alone (integration test)" }),
  route('POST /api/annotations/[id]/reattach',         [ 401,  200,  404,   403,    403,   403,  403,    200,    403,    403,   404,   404 ]),
  route('POST /api/annotations/[id]/restore',          [ 401,  200,  404,   404,    404,   404,  403,    200,    403,    404,   404,   404 ], { note: "a deleted annotation is visible to its author only, so to anyone else it is not found" }),
  // Articles.
  route('GET /api/articles',                           [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   200,   200 ]),
  route('POST /api/articles',                          [ 401,  403,  403,   403,    201,   201,  403,    403,    403,    403,   403,   404 ]),
  route('GET /api/articles/[id]',                      [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   404,   404 ]),
  route('GET /api/articles/[id]/annotations',          [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   404,   404 ], { note: 'blind review filters the list: also checked on the body' }),
  route('POST /api/articles/[id]/annotations',         [ 401,  201,  201,   409,    201,   201,  403,    201,    403,    201,   404,   404 ], { note: 'after submitting, a review is final: 409 review_submitted' }),
  route('GET /api/articles/[id]/comments',             [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   404,   404 ], { note: 'blind review: empty until the caller has submitted there (the desk always reads it); also checked on the body' }),
  route('POST /api/articles/[id]/comments',            [ 401,  403,  403,   201,    201,   201,  403,    403,    403,    403,   404,   404 ], { note: 'a reviewer joins the discussion after submitting; people only, no token scope' }),
  route('GET /api/articles/[id]/signals',              [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   404,   404 ], { note: "credibility signals: the caller's own answers; everyone's only for the desk or after submitting (blind review)" }),
  route('PUT /api/articles/[id]/signals',              [ 401,  200,  200,   409,    200,   200,  403,    200,    403,    200,   404,   404 ], { note: 'answers follow the annotations\' freeze rules: after submitting, 409 review_submitted' }),
  route('POST /api/articles/[id]/submit',              [ 401,  201,  201,   200,    201,   201,  403,    201,    403,    201,   404,   404 ], { note: '201 for a first submission, 200 when the caller had already submitted' }),
  route('GET /api/articles/[id]/reviews',              [ 401,  403,  403,   403,    200,   200,  200,    403,    403,    200,   403,   404 ], { note: "every reviewer's progress: the desk's, like consensus" }),
  route('POST /api/articles/[id]/reviews/[reviewerId]/reopen', [ 401, 403, 403, 403,   200,   200,  403,    403,    403,    403,   403,   404 ], { note: 'a desk decision with a reason: people only' }),
  route('PUT /api/articles/[id]/text',                 [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   404 ]),
  route('GET /api/articles/[id]/consensus',            [ 401,  403,  403,   403,    200,   200,  200,    403,    403,    200,   403,   404 ], { note: "consensus shows every reviewer's work: the desk's, and read:exports tokens acting for it" }),
  route('POST /api/articles/[id]/passages/[passageId]/verdict', [ 401, 403, 403, 403,   201,   201,  403,    403,    403,    403,   403,   404 ]),
  route('POST /api/articles/[id]/publish',             [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   404 ]),
  route('POST /api/articles/[id]/reopen',              [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   404 ]),
  route('GET /api/articles/[id]/export',               [ 401,  403,  403,   403,    200,   200,  200,    403,    403,    200,   403,   404 ]),
  // The destination is a project only x-ed works in: the demo editor is not an editor there (404, as an unknown
  // project); the admin may move anywhere; for x-ed the article's own project is not theirs (404).
  route('POST /api/articles/[id]/move',                [ 401,  403,  403,   403,    404,   200,  403,    403,    403,    403,   403,   404 ], { note: 'an editor of both projects, or an admin; no token scope' }),
  route('PATCH /api/articles/[id]/metadata',           [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   404 ], { note: "an editor corrects source, byline, dates; sent with byline null on an article that has none, so nothing changes" }),
  // Sources (outlets): desk-wide records; their article lists and counts keep to the caller's projects.
  route('GET /api/sources',                            [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   200,   200 ], { note: "every outlet; article counts of the caller's projects only" }),
  route('POST /api/sources',                           [ 401,  403,  403,   403,    201,   201,  403,    403,    403,    403,   403,   201 ], { note: "the desk's (an editor's account role); people only; a fresh name per cell" }),
  route('GET /api/sources/[id]',                       [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   200,   200 ], { note: "the outlet is desk-wide; its article list holds the caller's projects' articles only (integration test)" }),
  route('PATCH /api/sources/[id]',                     [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   200 ], { note: 'sent with its own name, so nothing changes' }),
  route('GET /api/sources/export',                     [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   200,   200 ], { note: "the figures of GET /api/sources as CSV or JSON; published articles of the caller's projects only" }),
  route('GET /api/sources/[id]/export',                [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   200,   200 ], { note: "the profile of GET /api/sources/[id] as CSV or JSON; published articles of the caller's projects only" }),
  // Assignments: the desk's, in the article's project; tokens never assign (no scope grants it).
  route('GET /api/articles/[id]/assignments',          [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   404 ], { note: "every reviewer's progress: the desk's (blind review)" }),
  route('POST /api/articles/[id]/assignments',         [ 401,  403,  403,   403,    201,   201,  403,    403,    403,    403,   403,   404 ], { note: 'assigns reviewer3 to a fresh article; taken back after the cell' }),
  route('POST /api/articles/[id]/assignments/auto',    [ 401,  403,  403,   403,    201,   201,  403,    403,    403,    403,   403,   404 ], { note: 'one reviewer, on a fresh article; taken back after the cell' }),
  route('GET /api/articles/[id]/assignable-members',   [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   404 ], { note: "who may still be assigned, by name: the desk's" }),
  route('POST /api/articles/[id]/assigned-only',       [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   404 ], { note: 'sent with false on an article that is open to everyone: nothing changes' }),
  route('DELETE /api/assignments/[id]',                [ 401,  403,  403,   403,    204,   204,  403,    403,    403,    403,   403,   404 ], { note: 'a fresh assignment for a cell that should succeed' }),
  route('GET /api/me/work',                            [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   200,   200 ], { note: "the caller's own assignments only" }),
  // Notifications: a person's own inbox, in the projects they are in; no token scope grants it.
  route('GET /api/notifications',                      [ 401,  200,  200,   200,    200,   200,  403,    403,    403,    403,   200,   200 ], { note: "the caller's own notifications only" }),
  route('POST /api/notifications/read',                [ 401,  200,  200,   200,    200,   200,  403,    403,    403,    403,   200,   200 ], { note: 'sent with an id that is no one\'s: nothing changes' }),
  // Live changes: the stream of an article, for anyone who may read it (blind review filters what it carries).
  route('GET /api/events',                             [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   404,   404 ], { note: 'an event stream on a Desk article: the status is read, then the stream is closed' }),
  // Projects: the rows act on Desk.
  route('GET /api/projects',                           [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   200,   200 ], { note: "the caller's projects only (every project for an admin)" }),
  route('POST /api/projects',                          [ 401,  403,  403,   403,    201,   201,  403,    403,    403,    403,   403,   201 ], { note: "starting an investigation is the desk's; the creator's membership is removed again after the cell" }),
  route('GET /api/projects/[id]',                      [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   404,   404 ]),
  route('PATCH /api/projects/[id]',                    [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   404 ], { note: "the project's editors; sent with its own name, so nothing changes" }),
  route('GET /api/projects/[id]/guidelines',           [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   404,   404 ]),
  route('POST /api/projects/[id]/members',             [ 401,  403,  403,   403,    201,   201,  403,    403,    403,    403,   403,   404 ], { note: 'adds a user made for the cell' }),
  route('DELETE /api/projects/[id]/members/[userId]',  [ 401,  403,  403,   403,    204,   204,  403,    403,    403,    403,   403,   404 ], { note: 'removes a member made for the cell' }),
  route('GET /api/projects/[id]/agreement',            [ 401,  403,  403,   403,    200,   200,  200,    403,    403,    200,   403,   404 ], { note: "every reviewer's reliability: the desk's, like consensus" }),
  route('GET /api/projects/[id]/rating-scale',         [ 401,  403,  403,   403,    200,   200,  200,    403,    403,    200,   403,   404 ], { note: "the scale the project's verdicts are given on: the desk's, like consensus" }),
  route('PUT /api/projects/[id]/rating-scale',         [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   404 ], { note: "the project's editors; sent with its own scale, so nothing changes" }),
  // Claims: desk-wide (no token scope); appearances are read only on articles of the caller's projects, and linking
  // or suggesting is decided in the article's project (x-ed: 404). x-ed reads and rules on a desk claim but sees none of Desk's appearances.
  route('GET /api/claims',                             [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   200 ], { note: "the desk's claims; appearance counts in the caller's projects only" }),
  route('POST /api/claims',                            [ 401,  403,  403,   403,    201,   201,  403,    403,    403,    403,   403,   201 ], { note: 'a new claim per cell' }),
  route('GET /api/claims/[id]',                        [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   200 ], { note: "the passages editors linked: never a reviewer's (blind review); x-ed sees no Desk appearance" }),
  route('POST /api/claims/[id]/appearances',           [ 401,  403,  403,   403,    201,   201,  403,    403,    403,    403,   403,   404 ], { note: 'a fresh claim per allowed cell, linked to a passage of a Desk article' }),
  route('PUT /api/claims/[id]/verdict',                [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   200 ], { note: 'rules on a claim made for the matrix' }),
  route('GET /api/claims/[id]/export',                 [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   200 ], { note: 'a claim with a verdict; x-ed gets it without Desk appearances' }),
  route('GET /api/articles/[id]/claim-suggestions',    [ 401,  403,  403,   403,    200,   200,  403,    403,    403,    403,   403,   404 ]),
  // Exports, desk, administration.
  route('GET /api/exports',                            [ 401,  403,  403,   403,    200,   200,  200,    403,    403,    200,   403,   200 ]),
  route('GET /api/exports/schema.json',                [ 200,  200,  200,   200,    200,   200,  200,    200,    200,    200,   200,   200 ], { note: 'public: describes the file format only' }),
  route('GET /api/review-queue',                       [ 401,  403,  403,   403,    200,   200,  200,    403,    403,    200,   403,   200 ]),
  route('GET /api/signals',                            [ 401,  200,  200,   200,    200,   200,  200,    403,    200,    200,   200,   200 ], { note: 'the credibility-signal questionnaire, the same for every project' }),
  route('POST /api/signals',                           [ 401,  403,  403,   403,    403,   201,  403,    403,    403,    403,   403,   403 ], { note: "the questionnaire is an admin's, like the rating scale; people only" }),
  route('PATCH /api/signals/[key]',                    [ 401,  403,  403,   403,    403,   200,  403,    403,    403,    403,   403,   403 ], { note: 'sent with the signal\'s own question, so nothing changes' }),
  route('GET /api/rating-scale',                       [ 401,  403,  403,   403,    200,   200,  200,    403,    403,    200,   403,   200 ], { note: 'part of what consensus shows' }),
  route('PUT /api/rating-scale',                       [ 401,  403,  403,   403,    403,   200,  403,    403,    403,    403,   403,   403 ]),
  route('GET /api/users',                              [ 401,  403,  403,   403,    403,   200,  403,    403,    403,    403,   403,   403 ]),
  route('POST /api/users',                             [ 401,  403,  403,   403,    403,   201,  403,    403,    403,    403,   403,   403 ]),
  route('PATCH /api/users/[id]',                       [ 401,  403,  403,   403,    403,   200,  403,    403,    403,    403,   403,   403 ]),
  route('POST /api/users/[id]/password',               [ 401,  403,  403,   403,    403,   200,  403,    403,    403,    403,   403,   403 ], { note: 'admin reset; on a user made for the cell' }),
  route('POST /api/me/password',                       [ 401,  400,  400,   400,    400,   400,  403,    403,    403,    403,   400,   400 ], { note: 'any person, never a token; sent with a new password the policy refuses, so an allowed caller gets 400 and no demo password changes' }),
  route('GET /api/tokens',                             [ 401,  403,  403,   403,    403,   200,  403,    403,    403,    403,   403,   403 ]),
  route('POST /api/tokens',                            [ 401,  403,  403,   403,    403,   201,  403,    403,    403,    403,   403,   403 ]),
  route('DELETE /api/tokens/[id]',                     [ 401,  403,  403,   403,    403,   204,  403,    403,    403,    403,   403,   403 ]),
  // Outgoing webhooks: an admin's, like tokens; no token scope grants them.
  route('GET /api/webhooks',                           [ 401,  403,  403,   403,    403,   200,  403,    403,    403,    403,   403,   403 ]),
  route('POST /api/webhooks',                          [ 401,  403,  403,   403,    403,   201,  403,    403,    403,    403,   403,   403 ], { note: 'to 127.0.0.1 (OUTBOUND_ALLOW_HOSTS in scripts/e2e.ts), subscribed to no event other specs raise; deleted after the walk' }),
  route('DELETE /api/webhooks/[id]',                   [ 401,  403,  403,   403,    403,   204,  403,    403,    403,    403,   403,   403 ]),
  route('GET /api/webhooks/[id]/deliveries',           [ 401,  403,  403,   403,    403,   200,  403,    403,    403,    403,   403,   403 ]),
  route('GET /api/me/notification-preferences',        [ 401,  200,  200,   200,    200,   200,  403,    403,    403,    403,   200,   200 ], { note: "the caller's own; people only, no token scope" }),
  route('PUT /api/me/notification-preferences',        [ 401,  200,  200,   200,    200,   200,  403,    403,    403,    403,   200,   200 ], { note: 'sets due_soon to its default (off), so nothing another spec sees changes' }),
  route('GET /api/me/locale',                          [ 401,  200,  200,   200,    200,   200,  403,    403,    403,    403,   200,   200 ], { note: "the caller's own; people only, no token scope" }),
  route('PUT /api/me/locale',                          [ 401,  200,  200,   200,    200,   200,  403,    403,    403,    403,   200,   200 ], { note: 'saves null (follow the browser), the seeded default, so nothing another spec sees changes' }),
  // Public.
  route('GET /api/health',                             [ 200,  200,  200,   200,    200,   200,  200,    200,    200,    200,   200,   200 ]),
  route('GET /api/health/live',                        [ 200,  200,  200,   200,    200,   200,  200,    200,    200,    200,   200,   200 ]),
  route('GET /api/i18n/[locale]',                      [ 200,  200,  200,   200,    200,   200,  200,    200,    200,    200,   200,   200 ], { note: "the interface's catalogue, the same for everyone: the sign-in page loads it too" }),
  route('GET /api/bench/bare',                         [ 200,  200,  200,   200,    200,   200,  200,    200,    200,    200,   200,   200 ], { note: "bench/request-cost.ts's baseline: a constant answer, nothing read" }),
  route('POST /api/bench/bare',                        [ 201,  201,  201,   201,    201,   201,  201,    201,    201,    201,   201,   201 ], { note: "bench/request-cost.ts's baseline for writes: the JSON body read and dropped, nothing stored" }),
  route('GET /api/health/ready',                       [ 200,  200,  200,   200,    200,   200,  200,    200,    200,    200,   200,   200 ]),
  route('GET /api/openapi.json',                       [ 200,  200,  200,   200,    200,   200,  200,    200,    200,    200,   200,   200 ]),
  route('POST /api/sign-in/wait',                      [ 200,  200,  200,   200,    200,   200,  200,    200,    200,    200,   200,   200 ], { note: 'public: how long the sign-in form must wait; records nothing' }),
  // next-auth's own protocol (csrf, sign-in callbacks, sign-out, session): only GET /api/auth/session is walked.
  route('GET /api/auth/[...nextauth]',                 [ 200,  200,  200,   200,    200,   200,  200,    200,    200,    200,   200,   200 ], { note: 'next-auth; walked as GET /api/auth/session, which answers 200 for anyone' }),
  route('POST /api/auth/[...nextauth]',                null, {
    untested: "next-auth's protocol (credentials callback, sign-out); every persona's sign-in goes through it, its internals are next-auth's",
  }),
];

// prettier-ignore
export const PAGES: readonly PageRow[] = [
  //                                      anon r-own r-oth-b r-oth-a editor admin t:rd-ed t:wr-rv t:rd-rv t:all-ad x-rev x-ed
  page('/',                               [ S,   200,  200,   200,    200,   200,  S,      S,      S,      S, 200 , 200 ], 'pages are for people: a token alone is sent to sign in'),
  page('/signin',                         [ 200, H,    H,     H,      H,     H,    200,    200,    200,    200, H   , H ], 'signed in, the sign-in page sends you on to the dashboard'),
  page('/articles/[id]',                  [ S,   200,  200,   200,    200,   200,  S,      S,      S,      S, 404 , 404 ]),
  page('/articles/[id]/consensus',        [ S,   403,  403,   403,    200,   200,  S,      S,      S,      S, 403 , 404 ]),
  page('/articles/[id]/revise',           [ S,   403,  403,   403,    200,   200,  S,      S,      S,      S, 403 , 404 ]),
  page('/articles/import',                [ S,   403,  403,   403,    200,   200,  S,      S,      S,      S, 403 , 200 ]),
  page('/review',                         [ S,   403,  403,   403,    200,   200,  S,      S,      S,      S, 403 , 200 ]),
  page('/exports',                        [ S,   403,  403,   403,    200,   200,  S,      S,      S,      S, 403 , 200 ]),
  page('/admin/users',                    [ S,   403,  403,   403,    403,   200,  S,      S,      S,      S, 403 , 403 ]),
  page('/notifications',                  [ S,   200,  200,   200,    200,   200,  S,      S,      S,      S, 200 , 200 ], "the caller's own notifications"),
  page('/work',                           [ S,   200,  200,   200,    200,   200,  S,      S,      S,      S, 200 , 200 ], "My work: the caller's own assignments"),
  page('/account',                        [ S,   200,  200,   200,    200,   200,  S,      S,      S,      S, 200 , 200 ]),
  page('/admin/tokens',                   [ S,   403,  403,   403,    403,   200,  S,      S,      S,      S, 403 , 403 ]),
  page('/admin/webhooks',                 [ S,   403,  403,   403,    403,   200,  S,      S,      S,      S, 403 , 403 ]),
  page('/projects',                       [ S,   200,  200,   200,    200,   200,  S,      S,      S,      S, 200 , 200 ], "the caller's projects"),
  page('/projects/[id]',                  [ S,   200,  200,   200,    200,   200,  S,      S,      S,      S, 404 , 404 ], 'Desk: its members and admins; anyone else the not-found page'),
  page('/claims',                         [ S,   403,  403,   403,    200,   200,  S,      S,      S,      S, 403 , 200 ], "the desk's claims (reviewers none: blind review)"),
  page('/claims/[id]',                    [ S,   403,  403,   403,    200,   200,  S,      S,      S,      S, 403 , 200 ], "a claim; x-ed sees none of Desk's appearances"),
  page('/sources',                        [ S,   200,  200,   200,    200,   200,  S,      S,      S,      S, 200 , 200 ], "every outlet; article counts of the caller's projects"),
  page('/sources/[id]',                   [ S,   200,  200,   200,    200,   200,  S,      S,      S,      S, 200 , 200 ], "desk-wide; lists the caller's projects' articles only"),
  page('/admin/rating-scale',             [ S,   403,  403,   403,    403,   200,  S,      S,      S,      S, 403 , 403 ]),
  page('/admin/signals',                  [ S,   403,  403,   403,    403,   200,  S,      S,      S,      S, 403 , 403 ]),
  page('/bench/text',                     [ S,   200,  200,   200,    200,   200,  S,      S,      S,      S, 200 , 200 ], "bench/request-cost.ts's baseline page: filler text, nothing of any project"),
];

// prettier-ignore
export const ACTIONS: readonly ActionRow[] = [
  //                                                                                         anon r-own r-oth-b r-oth-a editor admin t:rd-ed t:wr-rv t:rd-rv t:all-ad x-rev x-ed
  action('createUserAction', 'lib/server/actions/user-actions.ts', '/admin/users',             [ S,   R,    R,      R,      R,     DONE, S,      S,      S,      S, R   , R ]),
  action('updateUserAction', 'lib/server/actions/user-actions.ts', '/admin/users',             [ S,   R,    R,      R,      R,     DONE, S,      S,      S,      S, R   , R ]),
  action('importArticleAction', 'lib/server/actions/import-article-action.ts', '/articles/import', [ S, R,  R,      R,      DONE,  DONE, S,      S,      S,      S, R   , DONE ]),
  action('addProjectMemberAction', 'lib/server/actions/project-member-actions.ts', '/projects', [ S, R,  R,      R,      DONE,  DONE, S,      S,      S,      S, R   , ABSENT ]),
];

export const MATRIX: readonly Row[] = [...ROUTES, ...PAGES, ...ACTIONS];
