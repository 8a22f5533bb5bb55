// The route handler modules the integration tests call, loaded once per test file.
// A file that imports this mocks the cookie session first (tests/support/session.ts:
// vi.mock is hoisted above the file's imports, so the handlers see the mock).
export const routes = {
  // The workbench's JSON API.
  articles: await import('@/app/api/articles/route'),
  article: await import('@/app/api/articles/[id]/route'),
  articleText: await import('@/app/api/articles/[id]/text/route'),
  articleAnnotations: await import('@/app/api/articles/[id]/annotations/route'),
  submit: await import('@/app/api/articles/[id]/submit/route'),
  reviews: await import('@/app/api/articles/[id]/reviews/route'),
  reopenReview: await import('@/app/api/articles/[id]/reviews/[reviewerId]/reopen/route'),
  consensus: await import('@/app/api/articles/[id]/consensus/route'),
  verdict: await import('@/app/api/articles/[id]/passages/[passageId]/verdict/route'),
  publish: await import('@/app/api/articles/[id]/publish/route'),
  reopenArticle: await import('@/app/api/articles/[id]/reopen/route'),
  articleExport: await import('@/app/api/articles/[id]/export/route'),
  exports: await import('@/app/api/exports/route'),
  reviewQueue: await import('@/app/api/review-queue/route'),
  moveArticle: await import('@/app/api/articles/[id]/move/route'),
  articleComments: await import('@/app/api/articles/[id]/comments/route'),
  comment: await import('@/app/api/comments/[id]/route'),
  articleMetadata: await import('@/app/api/articles/[id]/metadata/route'),
  // Sources (outlets).
  sources: await import('@/app/api/sources/route'),
  source: await import('@/app/api/sources/[id]/route'),
  sourcesExport: await import('@/app/api/sources/export/route'),
  sourceExport: await import('@/app/api/sources/[id]/export/route'),
  // Article credibility signals.
  signals: await import('@/app/api/signals/route'),
  signal: await import('@/app/api/signals/[key]/route'),
  articleSignals: await import('@/app/api/articles/[id]/signals/route'),
  // Assignments.
  assignments: await import('@/app/api/articles/[id]/assignments/route'),
  autoAssign: await import('@/app/api/articles/[id]/assignments/auto/route'),
  assignedOnly: await import('@/app/api/articles/[id]/assigned-only/route'),
  assignment: await import('@/app/api/assignments/[id]/route'),
  myWork: await import('@/app/api/me/work/route'),
  // Claims across articles.
  claims: await import('@/app/api/claims/route'),
  claim: await import('@/app/api/claims/[id]/route'),
  claimAppearances: await import('@/app/api/claims/[id]/appearances/route'),
  claimVerdict: await import('@/app/api/claims/[id]/verdict/route'),
  claimExport: await import('@/app/api/claims/[id]/export/route'),
  claimSuggestions: await import('@/app/api/articles/[id]/claim-suggestions/route'),
  // Notifications.
  notifications: await import('@/app/api/notifications/route'),
  notificationsRead: await import('@/app/api/notifications/read/route'),
  // Live changes (Server-Sent Events).
  events: await import('@/app/api/events/route'),
  // Projects.
  projects: await import('@/app/api/projects/route'),
  project: await import('@/app/api/projects/[id]/route'),
  projectGuidelines: await import('@/app/api/projects/[id]/guidelines/route'),
  projectMembers: await import('@/app/api/projects/[id]/members/route'),
  projectMember: await import('@/app/api/projects/[id]/members/[userId]/route'),
  projectAgreement: await import('@/app/api/projects/[id]/agreement/route'),
  annotation: await import('@/app/api/annotations/[id]/route'),
  history: await import('@/app/api/annotations/[id]/history/route'),
  restore: await import('@/app/api/annotations/[id]/restore/route'),
  reattach: await import('@/app/api/annotations/[id]/reattach/route'),
  ratingScale: await import('@/app/api/rating-scale/route'),
  projectRatingScale: await import('@/app/api/projects/[id]/rating-scale/route'),
  tokens: await import('@/app/api/tokens/route'),
  token: await import('@/app/api/tokens/[id]/route'),
  users: await import('@/app/api/users/route'),
  user: await import('@/app/api/users/[id]/route'),
  userPassword: await import('@/app/api/users/[id]/password/route'),
  mePassword: await import('@/app/api/me/password/route'),
  meNotificationPreferences: await import('@/app/api/me/notification-preferences/route'),
  meLocale: await import('@/app/api/me/locale/route'),
  // Outgoing webhooks.
  webhooks: await import('@/app/api/webhooks/route'),
  webhook: await import('@/app/api/webhooks/[id]/route'),
  webhookDeliveries: await import('@/app/api/webhooks/[id]/deliveries/route'),
  // The W3C Web Annotation Protocol: the container and one annotation.
  container: await import('@/app/annotations/route'),
  webAnnotation: await import('@/app/annotations/[id]/route'),
};
