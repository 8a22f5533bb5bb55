import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('the password policy', () => {
  it.each([
    ['short', 'tooShort1!', /at least 12/],
    ['common', '1qaz2wsx3edc', /commonly used/],
    ['common, with a case change', 'QWERTY123456', /commonly used/],
    ['a common stem with digits and punctuation', 'Sunshine2026!!', /commonly used/],
    ['a repeated character', 'aaaaaaaaaaaaaaa', /too easy/],
    ['a number run', '234567890123', /too easy/],
    ['a keyboard run', 'asdfghjklasdf', /too easy/],
    ['the email name', 'rita.reviewer-2026-x', /email/],
    ['overlong', 'x'.repeat(257), /at most 256/],
  ])('refuses %s', (_what, password, message) => {
    expect(passwordProblem(password, { email: 'rita.reviewer@example.org' })).toMatch(message);
  });

  it.each(['correct horse battery staple', 'Tahini-orbit-47-lantern', 'v9#Lq2!mZ8@wR4'])('accepts %s', (password) => {
    expect(passwordProblem(password, { email: 'rita@example.org' })).toBeNull();
  });
});
