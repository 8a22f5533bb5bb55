// The shapes projects leave the data layer in.
import type { ProjectRole, Role } from '../vocabulary';
import type { RatingOption } from './consensus-views';

export type ProjectListItem = {
  id: string;
  name: string;
  description: string;
  /** The caller's role in the project: their membership role, or 'admin' (admins see every project). */
  role: Role;
  articleCount: number;
  memberCount: number;
  guidelinesVersion: number;
  createdAt: string;
};

export type GuidelinesVersion = { version: number; body: string; author: string | null; createdAt: string };

export type ProjectMemberView = { userId: string; name: string; email: string; role: ProjectRole; accountRole: Role; disabled: boolean; addedAt: string };

export type ProjectDetail = ProjectListItem & {
  /** The current guidelines; null until some are written (version 0). */
  guidelines: GuidelinesVersion | null;
  members: ProjectMemberView[];
  ratingScale: RatingOption[];
  /** Whether the project's new articles open to their assigned reviewers only. */
  assignedOnlyDefault: boolean;
};

export type ArticleMoveView = { articleId: string; fromProjectId: string; toProjectId: string; actor: { id: string; name: string }; reason: string; at: string };

/** A project's reliability figures (lib/consensus/project-agreement.ts) with the reviewers' names and what the data covered. */
export type ProjectAgreementView = {
  agreement: import('../consensus/types').ProjectAgreement;
  reviewers: { id: string; name: string }[];
  /** Articles with submitted reviews left out of the figures (only the most recent are taken in). */
  omittedArticles: number;
  /** How many articles at most are taken in. */
  articleLimit: number;
};
