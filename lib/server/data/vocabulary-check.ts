import 'server-only';
// The database's enums (prisma/schema.prisma) and lib/vocabulary.ts name the
// same members. Each pair compiles only when both hold: the vocabulary's array
// `satisfies` the enum's type (every member is in the database), and the
// generated enum object `satisfies` a record of the vocabulary's type (every
// database value is in the vocabulary). vocabulary-check.test.ts also holds
// them equal at run time, order included.
import * as DatabaseEnums from '../db/generated/enums';
import {
  ANCHOR_STATES,
  ANNOTATION_ACTIONS,
  ARTICLE_STATUSES,
  CONFIDENCES,
  LABELS,
  NOTIFICATION_KINDS,
  PROJECT_ROLES,
  PUBLICATION_ACTIONS,
  REVIEW_ACTIONS,
  ROLES,
  TEXT_DIRECTIONS,
  TOKEN_REVOKED_REASONS,
  type AnchorState,
  type AnnotationAction,
  type ArticleStatus,
  type Confidence,
  type Label,
  type NotificationKind,
  type ProjectRole,
  type PublicationAction,
  type ReviewAction,
  type Role,
  type TextDirection,
  type TokenRevokedReason,
} from '../../vocabulary';

/** By Prisma enum name: [the vocabulary, the generated enum object]. */
export const DATABASE_VOCABULARIES = {
  Label: [LABELS satisfies readonly DatabaseEnums.Label[], DatabaseEnums.Label satisfies Record<string, Label>],
  Confidence: [CONFIDENCES satisfies readonly DatabaseEnums.Confidence[], DatabaseEnums.Confidence satisfies Record<string, Confidence>],
  AnchorState: [ANCHOR_STATES satisfies readonly DatabaseEnums.AnchorState[], DatabaseEnums.AnchorState satisfies Record<string, AnchorState>],
  ArticleStatus: [ARTICLE_STATUSES satisfies readonly DatabaseEnums.ArticleStatus[], DatabaseEnums.ArticleStatus satisfies Record<string, ArticleStatus>],
  TextDirection: [TEXT_DIRECTIONS satisfies readonly DatabaseEnums.TextDirection[], DatabaseEnums.TextDirection satisfies Record<string, TextDirection>],
  Role: [ROLES satisfies readonly DatabaseEnums.Role[], DatabaseEnums.Role satisfies Record<string, Role>],
  ProjectRole: [PROJECT_ROLES satisfies readonly DatabaseEnums.ProjectRole[], DatabaseEnums.ProjectRole satisfies Record<string, ProjectRole>],
  ReviewAction: [REVIEW_ACTIONS satisfies readonly DatabaseEnums.ReviewAction[], DatabaseEnums.ReviewAction satisfies Record<string, ReviewAction>],
  PublicationAction: [PUBLICATION_ACTIONS satisfies readonly DatabaseEnums.PublicationAction[], DatabaseEnums.PublicationAction satisfies Record<string, PublicationAction>],
  AnnotationAction: [ANNOTATION_ACTIONS satisfies readonly DatabaseEnums.AnnotationAction[], DatabaseEnums.AnnotationAction satisfies Record<string, AnnotationAction>],
  NotificationKind: [NOTIFICATION_KINDS satisfies readonly DatabaseEnums.NotificationKind[], DatabaseEnums.NotificationKind satisfies Record<string, NotificationKind>],
  ApiTokenRevokedReason: [
    TOKEN_REVOKED_REASONS satisfies readonly DatabaseEnums.ApiTokenRevokedReason[],
    DatabaseEnums.ApiTokenRevokedReason satisfies Record<string, TokenRevokedReason>,
  ],
} as const;
