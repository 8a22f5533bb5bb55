// The OpenAPI 3.1 description of every public endpoint, served at
// /api/openapi.json. Request bodies come from the same zod schemas the routes
// validate with, so the description cannot drift from the checks; a test
// compares the listed operations with the route files that exist, and calls
// every operation in the ways that provoke its refusals (no credentials, the
// wrong role, a malformed or oversized body, an unknown id, a stopped
// database…) to check that every status it answers is listed here.
//
// The refusals every operation of a kind can give are added from what the
// operation declares (statusesOf): 401/403 behind sign-in, 429 for API
// tokens, 400/413/415 with a body, 404 for an id in the path, 503 when it
// reads the database. `responses` adds the rest (400 for a strictly parsed
// query; the list filters ignore values they do not know).
import { z } from 'zod';
import { ZCreateAnnotation, ZReattachAnnotation, ZReviseArticleText, ZUpdateAnnotation } from '../validation/annotations';
import { ZImportArticle } from '../validation/articles';
import { SOURCE_EXPORT_FORMATS, ZArticleMetadata, ZCreateSource, ZUpdateSource } from '../validation/sources';
import { CONTAINER_QUERY_PARAMETERS } from '../validation/container-query';
import { EXPORT_FORMATS } from '../validation/exports';
import { ZCreateApiToken } from '../validation/tokens';
import { ZCreateWebhook, ZNotificationPreferences } from '../validation/webhooks';
import { ZChangePassword, ZCreateUser, ZLocaleChoice, ZResetPassword, ZUpdateUser } from '../validation/users';
import { ZSignInWait } from '../validation/sign-in';
import { ZCreateProject, ZMoveArticle, ZProjectMember, ZUpdateProject } from '../validation/projects';
import { ZRatingScale, ZReopenArticle, ZSetVerdict } from '../validation/verdicts';
import { ZReopenReview, ZSubmitReview } from '../validation/reviews';
import { ZCreateComment, ZUpdateComment } from '../validation/comments';
import { ZClaimVerdict, ZCreateClaim, ZLinkAppearance } from '../validation/claims';
import { ZCreateSignal, ZSignalAnswers, ZUpdateSignal } from '../validation/signals';
import { DEFAULT_MEMBER_SEARCH, MAX_MEMBER_QUERY_CHARS, MAX_MEMBER_SEARCH, ZAutoAssign, ZCreateAssignment, ZSetAssignedOnly } from '../validation/assignments';
import { MAX_NOTIFICATION_PAGE, ZMarkNotificationsRead } from '../validation/notifications';
import type { TokenScope } from '../vocabulary';

type Method = 'get' | 'head' | 'options' | 'post' | 'put' | 'patch' | 'delete';
type Access = 'public' | 'signed-in' | 'desk' | 'admin' | 'author';

type Operation = {
  summary: string;
  access: Access;
  /** The API-token scope that also lets a call in, if any. */
  scope?: TokenScope;
  body?: z.ZodType;
  bodyType?: string;
  /** The success answer's media type, when it is not JSON. */
  responseType?: string;
  query?: Record<string, string>;
  /** Request headers the operation reads (beyond Authorization and Content-Type). */
  headers?: Record<string, string>;
  /** False for the few operations that never touch the database (no 503, no 404 for an unknown id). */
  database?: false;
  /** Statuses beyond those its kind implies (statusesOf). */
  responses: Record<number, string>;
};

const ID: Record<string, string> = { key: "The signal's key (lower-case letters, digits and _).", id: 'The article, annotation, project, user or token id (UUID).', reviewerId: "The reviewer's user id (UUID).", userId: "The member's user id (UUID)." };
const PROJECT_QUERY = 'One project\'s articles only (a project id); a project that is not the caller\'s answers 404, as an unknown one';

const IF_MATCH = { 'If-Match': 'The ETag of the representation being changed (strong comparison).' };
const CONTAINER_READ_HEADERS = {
  Accept: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld" (default), application/ld+json or application/json.',
  Prefer: 'return=representation; include="…" with http://www.w3.org/ns/ldp#PreferMinimalContainer, http://www.w3.org/ns/oa#PreferContainedIRIs or http://www.w3.org/ns/oa#PreferContainedDescriptions.',
  'If-None-Match': 'An ETag the client holds: 304 while it is current.',
};
const PROTOCOL_WRITE = { Accept: CONTAINER_READ_HEADERS.Accept };

export const OPERATIONS: Record<string, Partial<Record<Method, Operation>>> = {
  '/api/health': { get: { summary: 'Readiness: the process and its database answer; process {pid, worker} names the app process that answered', access: 'public', responses: { 200: 'Up', 503: 'Database down' } } },
  '/api/health/ready': { get: { summary: 'Readiness (same as /api/health)', access: 'public', responses: { 200: 'Up', 503: 'Database down' } } },
  '/api/health/live': { get: { summary: 'Liveness: the process answers (no database check); process {pid, worker} names it', access: 'public', database: false, responses: { 200: 'Alive' } } },
  '/api/i18n/{locale}': {
    get: {
      summary: "An interface language's catalogue of messages (JSON), as the pages load it. ?v= names its current version (a digest of its content), which may be kept for good; any other version is answered with the current catalogue, not to be kept",
      access: 'public',
      database: false,
      responses: { 200: 'The catalogue', 404: 'No interface language has that code' },
    },
  },
  '/api/bench/bare': {
    get: { summary: 'A handler that does nothing ({ok: true}): the baseline bench/request-cost.ts measures the API routes against', access: 'public', database: false, responses: { 200: '{ok: true}' } },
    post: {
      summary: 'A write that only reads its JSON body, as every write does, and drops it ({ok: true}): the baseline bench/request-cost.ts measures the writes against',
      access: 'public',
      database: false,
      responses: { 201: '{ok: true}', 400: 'Not JSON', 413: 'Body over 200 kB', 415: 'Not sent as JSON' },
    },
  },
  '/api/articles': {
    get: { summary: "List articles of the caller's projects", access: 'signed-in', scope: 'read:exports', query: { q: 'Headline or publisher search, in the article\'s language (folded: accents, Arabic-script marks and letter variants; stemmed where PostgreSQL can)', status: 'open | in_review | published', project: PROJECT_QUERY }, responses: { 200: '{articles}', 404: 'No such project (or not the caller\'s) in ?project=' } },
    post: {
      summary: 'Import an article (text, HTML or URL) into a project: projectId; left out, the oldest project the caller may import into',
      access: 'desk',
      body: ZImportArticle,
      responses: { 201: '{article}, Location', 400: 'Invalid input', 403: 'Only a reviewer in that project, or an editor of no project', 404: 'No such project (or not the caller\'s)', 502: 'The address could not be fetched' },
    },
  },
  '/api/articles/{id}': { get: { summary: 'One article with its HTML and canonical text, its source {id, name} (or null), byline, authors [{id, name}] (the people the byline names, Author records of its source), publishedAt, modifiedAt, canonicalUrl, language (BCP 47) and direction (ltr | rtl)', access: 'signed-in', scope: 'read:exports', responses: { 200: '{article}, with an ETag', 304: 'Not modified: If-None-Match named the current ETag' } } },
  '/api/articles/{id}/metadata': {
    patch: {
      summary: "Correct the article's bibliographic metadata: sourceId (an existing source) or sourceName (found by name, else created), byline, publishedAt and modifiedAt (ISO date-time with offset, or YYYY-MM-DD), canonicalUrl (http/https), language (a BCP 47 tag, at most 35 characters; without direction, its own direction follows) and direction (ltr | rtl). Only the fields given change; null clears one; the article's authors are re-read from the byline when the byline or source changes. Refused on a published article (reopen it first)",
      access: 'desk',
      body: ZArticleMetadata,
      responses: { 200: '{article}', 400: 'Invalid input, or no source with that sourceId', 404: 'Unknown article', 409: 'article_published' },
    },
  },
  '/api/sources': {
    get: {
      summary:
        "Every source (outlet; desk-wide), by name, with its number of articles in the caller's projects, its reliability figures from the published ones (pooled unsupported share of claim-bearing text with a 95% article-bootstrap interval; share and interval null below 3 articles with claim-bearing text) and its number of claims (desk only)",
      access: 'signed-in',
      scope: 'read:exports',
      responses: { 200: '{sources: [{id, name, domains, articles, reliability: {method, level, minimumArticles, articlesReviewed, claimBearingArticles, claimBearingChars, unsupportedChars, unsupportedShare, interval, enoughData}, claims}]}' },
    },
    post: { summary: 'Create a source: name, domains (stored as registrable domains; each belongs to one source), country, notes', access: 'desk', body: ZCreateSource, responses: { 201: '{source}, Location', 400: 'Invalid input', 409: 'Name or a domain already taken' } },
  },
  '/api/sources/{id}': {
    get: {
      summary: "One source with its articles in the caller's projects only (articleList; another project's articles are neither listed nor counted) and its reliability profile from the published ones (profile: labelMix, perArticle, trend, claims, agreement, signals)",
      access: 'signed-in',
      scope: 'read:exports',
      responses: { 200: '{source}', 404: 'Unknown source' },
    },
    patch: { summary: "Edit a source's name, domains, country or notes (the fields given)", access: 'desk', body: ZUpdateSource, responses: { 200: '{source}', 400: 'Invalid input', 404: 'Unknown source', 409: 'Name or a domain already taken' } },
  },
  '/api/sources/export': {
    get: {
      summary: 'The sources index with reliability figures (those of GET /api/sources): CSV, one row per source, or JSON (schema: lib/exports/source-reliability-json-schema.ts)',
      access: 'signed-in',
      scope: 'read:exports',
      query: { format: SOURCE_EXPORT_FORMATS.join(' | '), bom: '1 to start CSV with a byte-order mark' },
      responses: { 200: 'The file', 400: 'Unknown format or parameter' },
    },
  },
  '/api/sources/{id}/export': {
    get: {
      summary: "One source's reliability profile (that of GET /api/sources/{id}): CSV, one row per published article, or JSON",
      access: 'signed-in',
      scope: 'read:exports',
      query: { format: SOURCE_EXPORT_FORMATS.join(' | '), bom: '1 to start CSV with a byte-order mark' },
      responses: { 200: 'The file', 400: 'Unknown format or parameter', 404: 'Unknown source' },
    },
  },
  '/api/articles/{id}/annotations': {
    get: { summary: 'Annotations the caller may see (blind review applies)', access: 'signed-in', scope: 'read:exports', responses: { 200: '{annotations}' } },
    post: { summary: 'Create an annotation', access: 'signed-in', scope: 'write:annotations', body: ZCreateAnnotation, responses: { 201: '{annotation}, Location', 400: 'Invalid span or input', 403: 'Not assigned to an assigned-only article', 409: 'Stale revision, review_submitted or article_published' } },
  },
  '/api/articles/{id}/comments': {
    get: {
      summary: "The discussion on the article, oldest first (threads on a passage or the whole article; replies carry parentId). Blind review: a reviewer who has not submitted there gets an empty list, as for an article nobody has discussed",
      access: 'signed-in',
      scope: 'read:exports',
      responses: { 200: '{comments}' },
    },
    post: {
      summary: 'Comment: a new thread on a passage (start, end; optional exact and revision, checked against the current text) or on the whole article, or a reply (parentId) that joins its thread and passage. Body is plain text; @email or @name of a project member is recorded in mentions. Published articles stay open to discussion',
      access: 'signed-in',
      body: ZCreateComment,
      responses: { 201: '{comment}, Location', 400: 'Invalid span or input', 403: 'A reviewer who has not submitted a review of the article (the discussion opens after submitting), or an API token', 404: 'Unknown article, or parentId not a comment of this article', 409: 'Stale revision' },
    },
  },
  '/api/articles/{id}/submit': {
    post: {
      summary: "Submit the caller's review: lifts blind review for them and makes their annotations on the article final until an editor reopens the review. Body {empty: true} confirms a review with no annotation (\"found nothing to label\").",
      access: 'signed-in',
      scope: 'write:annotations',
      body: ZSubmitReview,
      responses: { 200: 'Already submitted', 201: 'Submitted', 403: 'Not assigned to an assigned-only article', 409: 'empty_review (no annotation and no {empty: true}) or article_published' },
    },
  },
  '/api/articles/{id}/reviews': {
    get: { summary: "Each reviewer's review of the article: status (drafting | submitted | reopened), submittedAt, annotation count, and the submit/reopen history with reasons", access: 'desk', scope: 'read:exports', responses: { 200: '{reviews}', 404: 'Unknown article' } },
  },
  '/api/articles/{id}/reviews/{reviewerId}/reopen': {
    post: { summary: "Reopen a reviewer's submitted review (back to drafting: their annotations leave the consensus and blind review applies to them again until they submit)", access: 'desk', body: ZReopenReview, responses: { 200: '{review}', 400: 'Reason missing or too long', 404: 'Unknown article or reviewer', 409: 'Not submitted, or article_published' } },
  },
  '/api/articles/{id}/assignments': {
    get: {
      summary: "The article's assignments with each reviewer's derived status (assigned | drafting | submitted | reopened), due date and overdue flag, overdue first; and its assignedOnly switch. The desk's alone (blind review)",
      access: 'desk',
      responses: { 200: '{assignedOnly, assignments: [{id, reviewer: {id, name}, status, dueAt, overdue, assignedBy, createdAt}]}', 404: 'Unknown article' },
    },
    post: {
      summary: "Assign a member of the article's project to review it; dueAt: a date (YYYY-MM-DD, the end of that day in UTC) or an ISO date-time",
      access: 'desk',
      body: ZCreateAssignment,
      responses: { 201: '{assignment}', 400: 'Invalid input, or the user is not an active member of the project', 404: 'Unknown article or user', 409: 'Already assigned' },
    },
  },
  '/api/articles/{id}/assignments/auto': {
    post: {
      summary: "Assign up to count of the project's reviewers: the fewest open (not submitted) assignments first, ties by name then id; those already assigned or who submitted a review of it are left out (fewer are assigned when fewer are free)",
      access: 'desk',
      body: ZAutoAssign,
      responses: { 201: '{assignments}', 400: 'Invalid input', 404: 'Unknown article', 409: 'No reviewer of the project is free' },
    },
  },
  '/api/articles/{id}/assignable-members': {
    get: {
      summary: "Find members to assign: the active members of the article's project not yet assigned to it whose name contains q (any case; % and _ taken literally), by name then id, at most limit; more is true when others match too. The desk's",
      access: 'desk',
      query: { q: `Part of a name, at most ${MAX_MEMBER_QUERY_CHARS} characters (trimmed; empty: everyone)`, limit: `1–${MAX_MEMBER_SEARCH} (default ${DEFAULT_MEMBER_SEARCH})` },
      responses: { 200: '{members: [{id, name}], more}', 400: 'Invalid query parameter', 404: 'Unknown article' },
    },
  },
  '/api/articles/{id}/assigned-only': {
    post: {
      summary: 'Open the article to its assigned reviewers only (assignedOnly: true): others get 403 on every annotation write and on submit; false opens it to every member again',
      access: 'desk',
      body: ZSetAssignedOnly,
      responses: { 200: '{assignedOnly}', 400: 'Invalid input', 404: 'Unknown article' },
    },
  },
  '/api/assignments/{id}': { delete: { summary: "Take an assignment back (the reviewer's work stays). The desk of the article's project", access: 'desk', responses: { 204: 'Removed', 404: 'No such assignment (or not the caller\'s project)' } } },
  '/api/me/work': {
    get: { summary: "My work: the caller's own assignments on articles of their projects, with status, due date and overdue flag; overdue first, then by due date, then the newest", access: 'signed-in', scope: 'read:exports', responses: { 200: '{items: [{article: {id, title}, status, dueAt, overdue}]}' } },
  },
  '/api/notifications': {
    get: {
      summary: "The caller's notifications of the projects they are still in, newest first, with the unread count across every page. A person's inbox: no API token scope grants it",
      access: 'signed-in',
      query: { limit: `1–${MAX_NOTIFICATION_PAGE} (default 30)`, before: 'The nextBefore of the previous page (a notification id): the next, older page', unread: '1 for unread ones only' },
      responses: {
        200: '{notifications: [{id, kind, read, createdAt, article: {id, title} | null, actor: {id, name} | null, data: {dueAt?, reason?, scope?, reviewerName?, disputes?, excerpt?}, text, path}], unread, nextBefore}',
        400: 'Invalid query parameter',
        404: 'before is not one of the caller\'s notifications',
      },
    },
  },
  '/api/notifications/read': {
    post: {
      summary: "Mark the caller's notifications read: {ids} (at most 200; ids that are not the caller's are passed over, as if absent) or {all: true}",
      access: 'signed-in',
      body: ZMarkNotificationsRead,
      responses: { 200: '{marked, unread}', 400: 'Invalid input' },
    },
  },
  '/api/events': {
    get: {
      summary:
        'Live changes, as Server-Sent Events (text/event-stream): `ready` once listening (again after a reconnection: read afresh), `change` {kind, articleId} when something the caller may see changed there (blind review: a reviewer who has not submitted hears of their own work and of submissions only), `presence` {people: [{id, name}]} on an article for those who may open its consensus page; a comment every 15 s; the server ends a stream after 10 minutes (EventSource reconnects). At most 12 streams per person (429)',
      access: 'signed-in',
      scope: 'read:exports',
      responseType: 'text/event-stream',
      query: {
        article: 'One article (its consensus page); not the caller\'s answers 404, as an unknown id',
        project: PROJECT_QUERY,
        presence: '1 with article: list the caller as having its consensus page open (the desk only; 403 otherwise)',
      },
      responses: { 200: 'The event stream', 400: 'Malformed or unknown parameter, or article and project together', 404: 'No such article or project (or not the caller\'s)', 429: 'Too many live streams open for this person' },
    },
  },
  '/api/articles/{id}/text': { put: { summary: 'Revise the text; annotations and verdicts are re-anchored', access: 'desk', body: ZReviseArticleText, responses: { 200: '{report}', 409: 'Published (reopen it first)' } } },
  '/api/articles/{id}/consensus': { get: { summary: 'Agreement figures, passages (each with the desk claims it is an appearance of and their verdicts, `claims`), claimAppearances, summary; signals: per credibility signal the distribution, consensus, median (ranked scales) and alpha with its interval, over submitted reviewers only', access: 'desk', scope: 'read:exports', responses: { 200: 'Consensus view' } } },
  '/api/articles/{id}/signals': {
    get: { summary: "The credibility-signal questionnaire and the caller's answers; everyone's answers (others) only for the desk or a reviewer who has submitted there (blind review: otherwise null)", access: 'signed-in', scope: 'read:exports', responses: { 200: '{signals, answers, others}' } },
    put: {
      summary: "Answer the article's credibility signals ({answers: {<key>: value}}, null clears one); frozen like annotations",
      access: 'signed-in',
      scope: 'write:annotations',
      body: ZSignalAnswers,
      responses: { 200: '{answers} (all of the caller\'s answers on the article)', 400: 'Unknown or inactive signal key, or a value not among its options', 403: 'Not assigned to an assigned-only article', 409: 'review_submitted or article_published' },
    },
  },
  '/api/articles/{id}/passages/{passageId}/verdict': {
    post: { summary: 'Set or change the verdict on a passage', access: 'desk', body: ZSetVerdict, responses: { 200: 'Changed', 201: 'Created', 404: 'No such article or passage', 409: 'Stale version or published' } },
  },
  '/api/articles/{id}/publish': { post: { summary: "Publish the article's verdicts", access: 'desk', responses: { 200: 'Published', 409: 'Disputes without verdict, or already published' } } },
  '/api/articles/{id}/reopen': { post: { summary: 'Reopen a published article', access: 'desk', body: ZReopenArticle, responses: { 200: 'Reopened', 409: 'Not published' } } },
  '/api/articles/{id}/move': {
    post: { summary: 'Move the article into another project (recorded with the reason); the caller must be an editor of both, or an admin', access: 'desk', body: ZMoveArticle, responses: { 200: '{move}', 404: 'No such article, or no such destination project (or not the caller\'s)' } },
  },
  '/api/articles/{id}/export': {
    get: { summary: 'Export one article', access: 'desk', scope: 'read:exports', query: { format: EXPORT_FORMATS.join(' | '), bom: '1 to start CSV with a byte-order mark' }, responses: { 200: 'The file', 400: 'Unknown format or parameter' } },
  },
  '/api/exports': {
    get: {
      summary: 'Bulk export, streamed',
      access: 'desk',
      scope: 'read:exports',
      query: { format: EXPORT_FORMATS.join(' | '), from: 'YYYY-MM-DD (imported on or after)', to: 'YYYY-MM-DD (imported on or before)', status: 'open | in_review | published', label: 'claim | opinion | unsupported', publisher: 'exact publisher name', project: PROJECT_QUERY, bom: '1 for a CSV byte-order mark' },
      responses: { 200: 'The file (X-Export-Records: how many records)', 400: 'Invalid filter', 404: 'No such project (or not the caller\'s) in ?project=' },
    },
  },
  '/api/articles/{id}/claim-suggestions': {
    get: {
      summary: 'The claims a passage of the article most likely states (pg_trgm and full-text search), best first; editors of the article\'s project',
      access: 'desk',
      query: { start: 'Start of the passage (UTF-16 offset in the current text)', end: 'End of the passage (exclusive)' },
      responses: { 200: '{suggestions: [{claimId, score (0–1), text}]} (at most 5)', 400: 'A span outside the text, empty, or an unknown parameter' },
    },
  },
  '/api/claims': {
    get: { summary: "The desk's claims (desk-wide), newest first, each with its verdict and the number of its appearances in the caller's projects", access: 'desk', responses: { 200: '{claims}' } },
    post: { summary: 'Create a claim', access: 'desk', body: ZCreateClaim, responses: { 201: '{claim}' } },
  },
  '/api/claims/{id}': {
    get: { summary: "A claim with its verdict and its appearances on articles of the caller's projects ({articleId, source, start, end, exact, …})", access: 'desk', responses: { 200: '{claim}' } },
  },
  '/api/claims/{id}/appearances': {
    post: { summary: "Link a passage of an article's current text to the claim; an editor of the article's project", access: 'desk', body: ZLinkAppearance, responses: { 201: '{appearance}', 404: 'No such claim, or no such article (or not the caller\'s)', 409: 'The passage is already an appearance of the claim' } },
  },
  '/api/claims/{id}/verdict': {
    put: { summary: "Rule on the claim (the desk's rating scale); the verdict carries to every appearance", access: 'desk', body: ZClaimVerdict, responses: { 200: '{claim}' } },
  },
  '/api/claims/{id}/export': {
    get: {
      summary: "The claim's schema.org ClaimReview JSON-LD, its appearances in the caller's projects as itemReviewed.appearance and firstAppearance",
      access: 'desk',
      responseType: 'application/ld+json',
      query: { format: 'claimreview' },
      responses: { 200: 'ClaimReview JSON-LD', 400: 'Unknown format or parameter', 409: 'The claim has no verdict yet' },
    },
  },
  '/api/exports/schema.json': { get: { summary: 'JSON Schema of the JSON export', access: 'public', database: false, responses: { 200: 'JSON Schema (2020-12)' } } },
  '/api/signals': {
    get: { summary: 'The credibility-signal questionnaire: [{key, question, helpText, scale, options, position, active}] — active signals; an admin also gets the deactivated ones', access: 'signed-in', scope: 'read:exports', responses: { 200: '{signals}' } },
    post: { summary: 'Add a signal (an admin)', access: 'admin', body: ZCreateSignal, responses: { 201: '{signal}, Location', 409: 'A signal with that key exists' } },
  },
  '/api/signals/{key}': {
    patch: {
      summary: "Reword, reorder, deactivate or reactivate a signal; its scale and options change only while nobody has answered it (an admin)",
      access: 'admin',
      body: ZUpdateSignal,
      responses: { 200: '{signal}', 404: 'No signal with that key', 409: 'Answered signal: scale and options are frozen (deactivate it and add a new key)' },
    },
  },
  '/api/rating-scale': {
    get: { summary: "The desk's default rating scale, which new projects copy", access: 'desk', scope: 'read:exports', responses: { 200: '{options: [{key, name, value}]}' } },
    put: { summary: "Replace the desk's default rating scale (existing projects keep theirs)", access: 'admin', body: ZRatingScale, responses: { 200: '{options}' } },
  },
  '/api/review-queue': {
    get: {
      summary: 'Articles that need an editor, in the projects where the caller is one',
      access: 'desk',
      scope: 'read:exports',
      query: { status: 'open | in_review | published', q: 'search', needs: 'reviews | disputes', sort: 'need | age | activity', project: PROJECT_QUERY },
      responses: { 200: '{articles}', 404: 'No such project (or not the caller\'s) in ?project=' },
    },
  },
  '/api/projects': {
    get: { summary: "The caller's projects (every project for an admin), with the caller's role in each", access: 'signed-in', scope: 'read:exports', responses: { 200: '{projects}' } },
    post: { summary: 'Create a project (its rating scale copied from the desk default); an editor who creates one becomes its editor', access: 'desk', body: ZCreateProject, responses: { 201: '{project}, Location', 409: 'A project with that name exists' } },
  },
  '/api/projects/{id}': {
    get: { summary: 'One project: current guidelines, members, rating scale (members and admins only)', access: 'signed-in', scope: 'read:exports', responses: { 200: '{project}' } },
    patch: { summary: "Rename, describe, write new guidelines (a changed text becomes the next version; the same text again changes nothing), or set assignedOnlyDefault (whether new articles open to their assigned reviewers only). The project's editors and admins", access: 'desk', body: ZUpdateProject, responses: { 200: '{project}', 409: 'A project with that name exists' } },
  },
  '/api/projects/{id}/guidelines': { get: { summary: "Every version of the project's guidelines, newest first", access: 'signed-in', scope: 'read:exports', responses: { 200: '{guidelines}' } } },
  '/api/projects/{id}/members': {
    post: {
      summary: "Add a member with a role (reviewer | editor), or change a member's role; a role never exceeds the account's, and admins are not members",
      access: 'desk',
      body: ZProjectMember,
      responses: { 200: '{member} (role changed)', 201: '{member} (added)', 400: 'Invalid input; an admin; editor for a reviewer account', 404: 'No such project, or no such user' },
    },
  },
  '/api/projects/{id}/members/{userId}': { delete: { summary: 'Remove a member: from their next request they see none of the project', access: 'desk', responses: { 204: 'Removed', 404: 'No such project, or not a member' } } },
  '/api/projects/{id}/rating-scale': {
    get: { summary: "The project's own rating scale, the one its verdicts are given on (copied from the desk default when the project was made)", access: 'desk', scope: 'read:exports', responses: { 200: '{options: [{key, name, value}]}' } },
    put: { summary: "Replace the project's rating scale (verdicts keep the name and value they were given). The project's editors and admins", access: 'desk', body: ZRatingScale, responses: { 200: '{options}', 409: "A removed rating is still used by a verdict of one of the project's unpublished articles" } },
  },
  '/api/projects/{id}/agreement': {
    get: { summary: "Reviewer reliability across the project's articles (submitted reviews): alpha pooled, per reviewer, pairwise", access: 'desk', scope: 'read:exports', responses: { 200: '{agreement, reviewers, omittedArticles, articleLimit}' } },
  },
  '/api/comments/{id}': {
    patch: {
      summary: "Edit a comment's body (its author only) or resolve / reopen its thread with resolved (an editor of the article's project; on a thread's first comment), given the version edited",
      access: 'signed-in',
      body: ZUpdateComment,
      responses: { 200: '{comment}', 400: 'Invalid input, or resolved on a reply', 403: "Not the author (body), not an editor of the project (resolved), or an API token", 404: 'Unknown comment, or hidden from the caller by blind review', 409: 'Stale version' },
    },
  },
  '/api/annotations/{id}': {
    patch: { summary: 'Change an annotation (author only)', access: 'author', scope: 'write:annotations', body: ZUpdateAnnotation, responses: { 200: '{annotation}', 403: 'Not the author, or not assigned to an assigned-only article', 409: 'Stale version, deleted, review_submitted or article_published' } },
    delete: { summary: 'Delete (soft) an annotation', access: 'author', scope: 'write:annotations', query: { version: 'The version being deleted' }, headers: { 'If-Match': 'The version being deleted, as "N"' }, responses: { 204: 'Deleted', 400: 'Malformed version', 409: 'Stale version, review_submitted or article_published' } },
  },
  '/api/annotations/{id}/restore': { post: { summary: 'Undo a delete', access: 'author', scope: 'write:annotations', query: { version: 'The version being restored' }, responses: { 200: '{annotation}', 400: 'Malformed version', 409: 'Stale version, or not deleted' } } },
  '/api/annotations/{id}/reattach': { post: { summary: 'Re-attach an orphaned annotation', access: 'author', scope: 'write:annotations', body: ZReattachAnnotation, responses: { 200: '{annotation}', 409: 'Stale version or revision' } } },
  '/api/annotations/{id}/history': { get: { summary: 'Every change of an annotation', access: 'signed-in', scope: 'read:exports', responses: { 200: '{history}' } } },
  '/api/users': {
    get: { summary: 'List users', access: 'admin', responses: { 200: '{users}' } },
    post: { summary: 'Create a user', access: 'admin', body: ZCreateUser, responses: { 201: '{user}', 409: 'The email is taken' } },
  },
  '/api/users/{id}': { patch: { summary: 'Change role or disable', access: 'admin', body: ZUpdateUser, responses: { 200: '{user}', 409: 'The last admin' } } },
  '/api/users/{id}/password': {
    post: { summary: "Reset a user's password (to the one sent, or a generated one returned once); ends their sessions and revokes their API tokens", access: 'admin', body: ZResetPassword, responses: { 200: '{user, temporaryPassword, revokedTokens}', 400: 'Refused by the password policy', 404: 'Unknown' } },
  },
  '/api/me/password': {
    post: { summary: 'Change your own password (a person signed in, not an API token); your other sessions end', access: 'signed-in', body: ZChangePassword, responses: { 200: '{changed, otherSessionsEnded, stillSignedIn}', 400: 'Refused by the password policy', 403: 'Wrong current password', 429: 'Too many wrong passwords' } },
  },
  '/api/sign-in/wait': {
    post: { summary: 'How long until a sign-in for this email from this address is checked again (what the sign-in form shows)', access: 'public', body: ZSignInWait, responses: { 200: '{code, retryAfterSeconds}' } },
  },
  '/api/tokens': {
    get: { summary: 'List API tokens (never the secret) with their expiry, last use and state', access: 'admin', responses: { 200: '{tokens: [{…, expiresAt, lastUsedAt, revokedAt, revokedReason, state}], defaultExpiryDays}' } },
    post: {
      summary: "Create an API token; the secret is in this response only. expiresInDays: omitted = the default, null = never. projectIds: the projects it may reach (each one its user works in); omitted or empty = all of the user's projects",
      access: 'admin',
      body: ZCreateApiToken,
      responses: { 201: '{token, secret, defaultExpiryDays}', 400: "Invalid input, unknown user, or a project that is not the user's" },
    },
  },
  '/api/tokens/{id}': { delete: { summary: 'Revoke a token', access: 'admin', responses: { 204: 'Revoked' } } },
  '/api/webhooks': {
    get: { summary: 'List outgoing webhooks (never the secret)', access: 'admin', responses: { 200: '{webhooks: [{id, url, events, project, createdBy, createdAt}]}' } },
    post: {
      summary:
        'Create an outgoing webhook; the signing secret is in this response only. Deliveries are POSTed as JSON with X-Corroborate-Signature: sha256=<hex HMAC-SHA256 of the body>, X-Corroborate-Event and X-Corroborate-Delivery (the same on every retry)',
      access: 'admin',
      body: ZCreateWebhook,
      responses: { 201: '{webhook, secret}', 400: 'Invalid input, an unknown project, or a URL on a private or loopback address not in OUTBOUND_ALLOW_HOSTS' },
    },
  },
  '/api/webhooks/{id}': { delete: { summary: 'Delete a webhook and its delivery log; its queued deliveries are dropped', access: 'admin', responses: { 204: 'Deleted' } } },
  '/api/webhooks/{id}/deliveries': {
    get: { summary: "A webhook's delivery log, newest first (the last 200)", access: 'admin', responses: { 200: '{deliveries: [{id, eventId, eventType, status, attempts, lastStatusCode, lastError, createdAt, lastAttemptAt, deliveredAt}]}' } },
  },
  '/api/me/notification-preferences': {
    get: { summary: 'Your email preference for each notification kind (the default where you chose none); emailEnabled: whether this workbench sends email', access: 'signed-in', responses: { 200: '{emailEnabled, preferences: [{kind, email}]}' } },
    put: { summary: 'Set your email preference for the kinds listed; the others keep theirs', access: 'signed-in', body: ZNotificationPreferences, responses: { 200: '{emailEnabled, preferences: [{kind, email}]}' } },
  },
  '/api/me/locale': {
    get: { summary: 'Your saved interface language (null: the browser decides)', access: 'signed-in', responses: { 200: '{locale}' } },
    put: { summary: 'Save your interface language (en, fa) or null to follow the browser; also sets the corroborate-locale cookie', access: 'signed-in', body: ZLocaleChoice, responses: { 200: '{locale}' } },
  },
  '/api/openapi.json': { get: { summary: 'This document', access: 'public', database: false, responses: { 200: 'OpenAPI 3.1' } } },
  '/annotations/': {
    get: {
      summary: 'W3C Web Annotation Protocol container: the AnnotationCollection of a view, or one AnnotationPage of it',
      access: 'signed-in',
      scope: 'read:exports',
      query: CONTAINER_QUERY_PARAMETERS,
      headers: CONTAINER_READ_HEADERS,
      responses: { 200: 'AnnotationCollection or AnnotationPage', 304: 'Not modified', 400: 'Invalid query parameter', 404: 'No such page, or no such article', 406: 'Unsupported Accept' },
    },
    head: { summary: 'Container headers', access: 'signed-in', scope: 'read:exports', query: CONTAINER_QUERY_PARAMETERS, headers: CONTAINER_READ_HEADERS, responses: { 200: 'Headers only', 304: 'Not modified', 400: 'Invalid query parameter', 404: 'No such page, or no such article', 406: 'Unsupported Accept' } },
    options: { summary: 'Allowed methods', access: 'public', database: false, responses: { 200: 'Allow, Accept-Post' } },
    post: {
      summary: 'Create an annotation (W3C JSON-LD body); canonical kept, the client id moved to via',
      access: 'signed-in',
      scope: 'write:annotations',
      bodyType: 'application/ld+json',
      query: { article: CONTAINER_QUERY_PARAMETERS.article, target: CONTAINER_QUERY_PARAMETERS.target },
      headers: PROTOCOL_WRITE,
      responses: { 201: 'Created, Location header', 404: 'No such article in ?article=', 406: 'Unsupported Accept', 409: 'The article changed meanwhile' },
    },
  },
  '/annotations/{id}': {
    get: { summary: 'One annotation (W3C JSON-LD)', access: 'signed-in', scope: 'read:exports', headers: { Accept: CONTAINER_READ_HEADERS.Accept, 'If-None-Match': CONTAINER_READ_HEADERS['If-None-Match'] }, responses: { 200: 'Annotation', 304: 'Not modified', 404: 'Unknown or not visible', 406: 'Unsupported Accept', 410: 'Deleted (to its author)' } },
    head: { summary: 'Annotation headers', access: 'signed-in', scope: 'read:exports', headers: { Accept: CONTAINER_READ_HEADERS.Accept, 'If-None-Match': CONTAINER_READ_HEADERS['If-None-Match'] }, responses: { 200: 'Headers only', 304: 'Not modified', 404: 'Unknown or not visible', 406: 'Unsupported Accept', 410: 'Deleted (to its author)' } },
    options: { summary: 'Allowed methods', access: 'public', database: false, responses: { 200: 'Allow' } },
    put: {
      summary: 'Replace label, rationale and evidence (If-Match required); canonical and via may be set once, never changed',
      access: 'author',
      scope: 'write:annotations',
      bodyType: 'application/ld+json',
      headers: { ...IF_MATCH, ...PROTOCOL_WRITE },
      responses: { 200: 'Annotation', 406: 'Unsupported Accept', 409: 'canonical or via would change', 410: 'Deleted', 412: 'ETag mismatch', 428: 'If-Match missing' },
    },
    delete: { summary: 'Delete an annotation', access: 'author', scope: 'write:annotations', headers: IF_MATCH, responses: { 204: 'Deleted', 410: 'Already deleted', 412: 'ETag mismatch' } },
  },
};

const ACCESS_TEXT: Record<Access, string> = {
  public: 'Anyone.',
  'signed-in': "Any signed-in person, within the projects they work in (blind review applies to reviewers); another project's content answers 404, as an unknown id.",
  desk: "Editors and admins; an editor in the project concerned (a reviewer there gets 403; another project's content answers 404, as an unknown id).",
  admin: 'Admins.',
  author: "The annotation's author.",
};

/** Every status the operation can answer: its own, and the refusals its kind implies. */
export function statusesOf(path: string, operation: Operation): Record<number, string> {
  const implied: Record<number, string> = {};
  const database = operation.database !== false;
  if (operation.body || operation.bodyType) Object.assign(implied, { 400: 'Invalid input', 413: 'Body too large', 415: 'Body is not JSON' });
  if (operation.access !== 'public') Object.assign(implied, { 401: 'No valid session or token', 403: 'Role or scope does not allow, or a cross-site request' });
  if (operation.scope) implied[429] = 'Too many calls with this API token';
  if (database && path.includes('{')) implied[404] = 'Unknown id, or not visible to the caller';
  if (database) implied[503] = 'Database unreachable or busy (Retry-After)';
  return { ...implied, ...operation.responses };
}

function operationObject(path: string, method: Method, operation: Operation): Record<string, unknown> {
  const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' }, description: ID[match[1]!] ?? 'Passage id, `start-end`.' }));
  const queryParams = Object.entries(operation.query ?? {}).map(([name, description]) => ({ name, in: 'query', required: false, schema: { type: 'string' }, description }));
  const headerParams = Object.entries(operation.headers ?? {}).map(([name, description]) => ({ name, in: 'header', required: name === 'If-Match' && method === 'put', schema: { type: 'string' }, description }));
  const security = operation.access === 'public' ? [] : [{ session: [] }, ...(operation.scope ? [{ bearer: [operation.scope] }] : [])];
  return {
    operationId: `${method}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_match, next: string | undefined) => (next ? next.toUpperCase() : ''))}`,
    summary: operation.summary,
    description: `Who: ${ACCESS_TEXT[operation.access]}${operation.scope ? ` API tokens need the ${operation.scope} scope.` : ''}`,
    security,
    parameters: [...pathParams, ...queryParams, ...headerParams],
    ...(operation.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(operation.body, { io: 'input', unrepresentable: 'any' }) } } } }
      : operation.bodyType
        ? { requestBody: { required: true, content: { [operation.bodyType]: { schema: { type: 'object' } } } } }
        : {}),
    responses: Object.fromEntries(
      Object.entries(statusesOf(path, operation)).map(([status, description]) => [
        status,
        {
          description,
          ...(Number(status) >= 400
            ? { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
            : operation.responseType && Number(status) === 200
              ? { content: { [operation.responseType]: { schema: { type: 'string' } } } }
              : {}),
        },
      ]),
    ),
  };
}

export function openApiDocument(serverUrl: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Corroborate API',
      version: '1',
      description:
        'Source-reliability annotation workbench: articles, annotations, consensus, verdicts, exports and the W3C Web Annotation Protocol container. Any method a path does not list is answered 405 with an Allow header (OPTIONS: 204 with Allow); TRACE and CONNECT 501.',
    },
    servers: [{ url: serverUrl }],
    paths: Object.fromEntries(
      Object.entries(OPERATIONS).map(([path, methods]) => [path, Object.fromEntries(Object.entries(methods).map(([method, operation]) => [method, operationObject(path, method as Method, operation)]))]),
    ),
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token', description: 'Sign in: GET /api/auth/csrf, then POST /api/auth/callback/credentials with csrfToken, email, password.' },
        bearer: { type: 'http', scheme: 'bearer', description: 'An API token made by an admin (Authorization: Bearer cbt_…).' },
      },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} } } } },
      },
    },
  };
}
