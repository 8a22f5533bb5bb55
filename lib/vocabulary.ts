// The product's vocabularies, each declared once: an `as const` array in its
// canonical order (the order the UI lists the members and the JSON Schema
// enumerates them), with its type derived from the array. zod schemas, the
// JSON Schema, the UI and the tests take them from here; the database's
// enums (prisma/schema.prisma) are held to them by
// lib/server/data/vocabulary-check.ts, and lib/vocabulary.test.ts fails when a
// list is written out again elsewhere.
//
// The field lists say which of a record's fields travel together, so that
// history snapshots, export records and views copy them by one list.
import { LANGUAGES } from '../messages/languages';

/** What a reviewer tags a passage as. */
export const LABELS = ['claim', 'opinion', 'unsupported'] as const;
export type Label = (typeof LABELS)[number];

/** How sure a reviewer is of an annotation (optional). */
export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** What an evidence link points to. Stored inside the annotation's JSON, so the database has no enum for it. */
export const EVIDENCE_TYPES = ['primary_source', 'official_data', 'expert', 'news_report', 'prior_fact_check'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** Where an annotation stands after revisions: on its first place, moved by re-anchoring, or lost (it keeps its old revision). */
export const ANCHOR_STATES = ['anchored', 'reanchored', 'orphaned'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

/** Which way an article's text runs (issue 17): set from its language on import, editable. */
export const TEXT_DIRECTIONS = ['ltr', 'rtl'] as const;
export type TextDirection = (typeof TEXT_DIRECTIONS)[number];

/** The languages the interface speaks (issue 17): one per catalogue listed in messages/languages.ts. */
export type Locale = keyof typeof LANGUAGES;
export const LOCALES = Object.keys(LANGUAGES) as [Locale, ...Locale[]];

export const ARTICLE_STATUSES = ['open', 'in_review', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ROLES = ['reviewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A member's role within one project. The account's role (ROLES) is the most it
 * may do anywhere; in a project it does what its membership role allows, and an
 * admin does everything in every project without being a member.
 */
export const PROJECT_ROLES = ['reviewer', 'editor'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

/** drafting: never submitted; submitted: final; reopened: an editor reopened it and it is not submitted again yet. Derived, not stored. */
export const REVIEW_STATUSES = ['drafting', 'submitted', 'reopened'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * A reviewer's progress on an article the desk assigned them: assigned (no annotation yet), drafting,
 * submitted, reopened (as REVIEW_STATUSES). Derived, not stored; overdue is a separate flag.
 */
export const ASSIGNMENT_STATUSES = ['assigned', 'drafting', 'submitted', 'reopened'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/**
 * What an in-app notification (and its email) is about. assigned: an editor assigned you; due_soon and
 * overdue: your assignment's due date is within a day, or past; review_submitted: a reviewer submitted on
 * an article you edit; dispute: an article you edit has a disputed passage and every assigned reviewer has
 * submitted; mention and reply: in a discussion you can see; published and reopened: an article you
 * reviewed or edit.
 */
export const NOTIFICATION_KINDS = ['assigned', 'due_soon', 'overdue', 'review_submitted', 'dispute', 'mention', 'reply', 'published', 'reopened'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The events a newsroom system can subscribe a webhook to. */
export const WEBHOOK_EVENTS = ['assignment.created', 'review.submitted', 'review.reopened', 'article.published', 'article.reopened', 'comment.created'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/**
 * What a live change says changed (the triggers of the live_changes migration name these; who
 * hears which is seesLiveChange in lib/server/guards.ts): the article row, an annotation, a
 * review submission, an assignment, a comment, a verdict, someone opening or leaving the
 * article's consensus page.
 */
export const LIVE_CHANGE_KINDS = ['article', 'annotation', 'review', 'assignment', 'comment', 'verdict', 'presence'] as const;
export type LiveChangeKind = (typeof LIVE_CHANGE_KINDS)[number];
/** A webhook delivery: pending (queued or being retried), delivered (a 2xx came back), failed (gave up). */
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** A queued email: pending, sent, skipped (the user's preference was off when it came to be sent), failed. */
export const OUTBOUND_EMAIL_STATUSES = ['pending', 'sent', 'skipped', 'failed'] as const;
export type OutboundEmailStatus = (typeof OUTBOUND_EMAIL_STATUSES)[number];

/**
 * The notification kinds emailed unless a user turns them off: what asks something of you (assigned,
 * overdue, a dispute to settle) or speaks to you (mention, reply, a review submitted on your article).
 * The rest (due_soon, published, reopened) stay in the app unless a user turns them on.
 */
export const EMAIL_DEFAULT_KINDS = ['assigned', 'overdue', 'mention', 'reply', 'dispute', 'review_submitted'] as const satisfies readonly NotificationKind[];

/** The entries of a review's history. */
export const REVIEW_ACTIONS = ['submit', 'reopen'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The entries of an article's publication history. */
export const PUBLICATION_ACTIONS = ['publish', 'reopen'] as const;
export type PublicationAction = (typeof PUBLICATION_ACTIONS)[number];

/** The entries of an annotation's history. */
export const ANNOTATION_ACTIONS = ['create', 'update', 'delete', 'restore', 'reanchor', 'reattach'] as const;
export type AnnotationAction = (typeof ANNOTATION_ACTIONS)[number];

/** A credibility signal's scale (issue 15): nominal answers have no order; ordinal and count answers are ranked, lowest first. */
export const SIGNAL_SCALES = ['nominal', 'ordinal', 'count'] as const;
export type SignalScale = (typeof SIGNAL_SCALES)[number];

/** The consensus state of a passage, from the votes alone (lib/consensus/majority-consensus.ts). */
export const PASSAGE_STATES = ['agreed', 'disputed', 'single'] as const;
export type PassageState = (typeof PASSAGE_STATES)[number];

/** What an API token may do. Stored as text (ApiToken.scopes), so the database has no enum for it. */
export const TOKEN_SCOPES = ['read:exports', 'write:annotations'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Why a token was revoked: by an admin, or with its account (disabled, or its password reset by an admin). */
export const TOKEN_REVOKED_REASONS = ['manual', 'account_disabled', 'password_reset'] as const;
export type TokenRevokedReason = (typeof TOKEN_REVOKED_REASONS)[number];

/**
 * What an annotation says and where it stands: the fields its history
 * snapshots keep and its export records carry (AnnotationView in
 * lib/views/annotation-views.ts gives their types).
 */
export const ANNOTATION_FIELDS = ['label', 'start', 'end', 'exact', 'prefix', 'suffix', 'revision', 'rationale', 'evidence', 'confidence', 'anchorState', 'canonical', 'via'] as const;
export type AnnotationField = (typeof ANNOTATION_FIELDS)[number];

/**
 * What an editor's verdict rules beyond its label: the rating (key, and the
 * name and value it had on the scale then), the public explanation and where
 * the claim comes from. Views, history, exports, ClaimReview and verdicts
 * carried to a new revision copy these together (VerdictView gives their types).
 */
export const VERDICT_RULING_FIELDS = ['rating', 'ratingName', 'ratingValue', 'explanation', 'claimant', 'appearanceUrl', 'claimDate'] as const;
export type VerdictRulingField = (typeof VERDICT_RULING_FIELDS)[number];

/** A copy of `record`'s `fields`, in the list's order. */
export function pickFields<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) picked[field] = record[field];
  return picked;
}

/** The members as a sentence lists them: "claim, opinion or unsupported". */
export function inWords(members: readonly string[]): string {
  return members.length < 2 ? members.join('') : `${members.slice(0, -1).join(', ')} or ${members.at(-1)}`;
}
