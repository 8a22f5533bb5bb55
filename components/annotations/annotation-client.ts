// Browser-side calls to the annotation API. Errors come back as ApiError with
// the server's message, so the UI can show it verbatim.
import { ApiError, apiRequest as request } from '../api/api-request';
import type { AnnotationHistoryEntry, AnnotationView, Confidence, Evidence, Label } from '@/lib/views/annotation-views';

export { ApiError };

export type AnnotationContent = { label: Label; rationale: string; evidence: Evidence[]; confidence: Confidence | null };

export const annotationClient = {
  list: async (articleId: string) => (await request<{ annotations: AnnotationView[] }>('GET', `/api/articles/${articleId}/annotations`)).annotations,
  create: async (articleId: string, span: { start: number; end: number; exact: string; revision: number }, content: AnnotationContent) =>
    (await request<{ annotation: AnnotationView }>('POST', `/api/articles/${articleId}/annotations`, { ...span, ...content })).annotation,
  update: async (id: string, version: number, content: Partial<AnnotationContent>) =>
    (await request<{ annotation: AnnotationView }>('PATCH', `/api/annotations/${id}`, { version, ...content })).annotation,
  remove: (id: string, version: number) => request<void>('DELETE', `/api/annotations/${id}?version=${version}`),
  restore: async (id: string) => (await request<{ annotation: AnnotationView }>('POST', `/api/annotations/${id}/restore`)).annotation,
  // Only the span's own fields: callers pass a whole selection (with toolbar coordinates), and the API refuses unknown keys.
  reattach: async (id: string, version: number, span: { start: number; end: number; exact: string }) =>
    (await request<{ annotation: AnnotationView }>('POST', `/api/annotations/${id}/reattach`, { version, start: span.start, end: span.end, exact: span.exact })).annotation,
  history: async (id: string) => (await request<{ history: AnnotationHistoryEntry[] }>('GET', `/api/annotations/${id}/history`)).history,
  submitReview: (articleId: string) => request<{ submission: { submittedAt: string } }>('POST', `/api/articles/${articleId}/submit`),
};
