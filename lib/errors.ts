// One error type for the whole app: a code that maps to an HTTP status in one place.
export type ErrorCode =
  | 'bad_request' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict'
  // Conflicts a client may want to tell apart: the actor's review is submitted (final), the
  // article is published (frozen), or a review would be submitted empty without saying so.
  | 'review_submitted' | 'article_published' | 'empty_review'
  | 'payload_too_large' | 'unsupported_media_type' | 'rate_limited' | 'bad_gateway' | 'unavailable';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400, unauthenticated: 401, forbidden: 403, not_found: 404, conflict: 409,
  review_submitted: 409, article_published: 409, empty_review: 409,
  payload_too_large: 413, unsupported_media_type: 415, rate_limited: 429, bad_gateway: 502, unavailable: 503,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
