import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '@/lib/errors';
import en from '@/messages/en';
import fa from '@/messages/fa';
import { ApiError, describeError } from './api-request';

const english = createTranslator({ locale: 'en', messages: en, namespace: 'errors' });
const persian = createTranslator({ locale: 'fa', messages: fa, namespace: 'errors' });

// Every code the server can answer with has its sentence (a compile error otherwise).
const everyCode: Record<ErrorCode | 'internal' | 'network', string> = en.errors.api;

describe('describeError', () => {
  it("in English shows the server's own words, as before the catalogues", () => {
    expect(describeError(new ApiError(400, 'Your current password is not correct.', 'bad_request'), english, 'en')).toBe('Your current password is not correct.');
    expect(describeError(new ApiError(0, 'ignored', 'network'), english, 'en')).toBe(everyCode.network);
    expect(describeError(new Error('boom'), english, 'en')).toBe('Something went wrong. Try again.');
  });

  it("in Persian says what the code means and keeps the server's words, isolated, after it", () => {
    const text = describeError(new ApiError(409, 'The review is submitted.', 'review_submitted'), persian, 'fa');
    expect(text.startsWith(fa.errors.api.review_submitted)).toBe(true);
    expect(text).toContain('\u2068The review is submitted.\u2069');
    expect(describeError(new ApiError(0, 'ignored', 'network'), persian, 'fa')).toBe(fa.errors.api.network);
  });

  it('reads a status without a code by its meaning', () => {
    expect(new ApiError(429, 'Slow down').code).toBe('rate_limited');
    expect(new ApiError(500, 'Oops').code).toBe('internal');
    expect(new ApiError(418, 'Teapot').code).toBe('internal');
  });
});
