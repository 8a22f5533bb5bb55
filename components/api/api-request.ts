// Browser-side JSON calls to the workbench API. A failed call comes back as an
// ApiError with the server's code and its own message (`{error: {code, message}}`).
// The API speaks English; the interface says what a refusal means in the user's
// language by its code (the `errors` catalogue) and keeps the server's words as the detail.
import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useCallback } from 'react';
import type { ErrorCode } from '@/lib/errors';
import type { Locale } from '@/lib/vocabulary';
import type { Messages } from '@/i18n/messages';

/** The codes the interface has a sentence for: the server's (lib/errors.ts), its 500, and a call that never reached it. */
export type ApiErrorCode = keyof Messages['errors']['api'];

/** The API's own language: in it, the server's message is already the sentence to show. */
const API_LOCALE: Locale = 'en';

/** What a status means when the answer carries no code (a proxy's page, an empty body). */
const CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'bad_request', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'payload_too_large',
  415: 'unsupported_media_type', 429: 'rate_limited', 502: 'bad_gateway', 503: 'unavailable',
};

/** The codes a server answer may name: lib/errors.ts's ErrorCode and the 500's `internal` (one outside them falls back to its status's). */
const SERVER_CODES: ReadonlySet<string> = new Set<ErrorCode | 'internal'>([...Object.values(CODE_BY_STATUS), 'review_submitted', 'article_published', 'empty_review', 'internal']);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: ApiErrorCode = CODE_BY_STATUS[status] ?? 'internal',
  ) {
    super(message);
  }
}

const NETWORK_MESSAGE = 'Could not reach the server. Check your connection and try again.';
const UNKNOWN_MESSAGE = 'Something went wrong. Try again.';

function isApiErrorCode(code: unknown, names: ReadonlySet<string>): code is ApiErrorCode {
  return typeof code === 'string' && names.has(code);
}

/** `signal` cancels the call; a caller that aborts one must ignore whatever it then answers or throws. */
export async function apiRequest<T>(method: string, url: string, body?: unknown, { signal }: { signal?: AbortSignal } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch {
    throw new ApiError(0, NETWORK_MESSAGE, 'network');
  }
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => ({}))) as { error?: { code?: unknown; message?: string } } & T;
  if (!response.ok) {
    const code = isApiErrorCode(payload.error?.code, SERVER_CODES) ? payload.error.code : undefined;
    throw new ApiError(response.status, payload.error?.message ?? `The server answered ${response.status}.`, code);
  }
  return payload;
}

type ErrorsTranslator = ReturnType<typeof useTranslations<'errors'>>;

/**
 * The sentence for a failed call in the interface's language: what the code
 * means, then the server's own (English) words. In English the server's words
 * alone, as they are the most precise sentence there is.
 */
export function describeError(error: unknown, t: ErrorsTranslator, locale: Locale): string {
  if (!(error instanceof ApiError)) return t('unknown');
  const sentence = t(`api.${error.code}`);
  if (error.code === 'network') return sentence;
  if (locale === API_LOCALE) return error.message;
  // U+2068/U+2069 isolate the English detail, so its punctuation stays with it inside right-to-left text.
  return t('withDetail', { sentence, detail: `\u2068${error.message}\u2069` });
}

/** describeError for a component: `const errorMessage = useErrorMessage(); … setError(errorMessage(caught))`. */
export function useErrorMessage(): (error: unknown) => string {
  const t = useTranslations('errors');
  const locale = useLocale();
  return useCallback((error: unknown) => describeError(error, t, locale), [t, locale]);
}

/**
 * The English message for a failed call: the server's own for an ApiError.
 * For components not yet localised; use useErrorMessage() in new code.
 */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : UNKNOWN_MESSAGE;
}
