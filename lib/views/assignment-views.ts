// The shapes assignments leave the data layer in.
import type { AssignmentStatus } from '../vocabulary';

/** One reviewer's assignment to an article, as the desk sees it (every reviewer's progress: desk only). */
export type AssignmentView = {
  id: string;
  reviewer: { id: string; name: string };
  status: AssignmentStatus;
  dueAt: string | null;
  /** Due and not submitted. */
  overdue: boolean;
  assignedBy: { id: string; name: string } | null;
  createdAt: string;
};

export type ArticleAssignmentsView = { assignedOnly: boolean; assignments: AssignmentView[] };

/** One item of the caller's own work (My work): only their own progress. */
export type WorkItem = {
  article: { id: string; title: string };
  status: AssignmentStatus;
  dueAt: string | null;
  overdue: boolean;
};

/** An article's assignments in the review queue: how many submitted of how many, and who is late. */
export type AssignmentProgress = { assigned: number; submitted: number; late: { id: string; name: string }[] };

/** Members who may still be assigned to an article, a page of them: `more` when others match too. */
export type AssignableMembersView = { members: { id: string; name: string }[]; more: boolean };
