// What a password must be: long enough, and not one that attackers try first.
// The list is the 49,000 most common passwords from breach corpora, shipped in
// @zxcvbn-ts/language-common (no network needed); a password is refused when
// it, or its stem without trailing digits and punctuation ("Summer2024!" →
// "summer"), is on it, when it is one character repeated or a keyboard/number
// run, or when it contains the person's own email name.
import { dictionary } from '@zxcvbn-ts/language-common';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-hash';

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));
  return common;
}

const RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function isRun(password: string): boolean {
  const lower = password.toLowerCase();
  return RUNS.some((run) => {
    const doubled = run + run;
    return doubled.includes(lower) || [...doubled].reverse().join('').includes(lower);
  });
}

/** Why the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Password must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem))) return 'This password is on the list of commonly used (breached) passwords; choose another';
  if (new Set(lower).size <= 2 || isRun(lower)) return 'This password is too easy to guess (repeated characters or a keyboard run)';
  const name = context.email?.split('@')[0]?.toLowerCase();
  if (name && name.length >= 4 && lower.includes(name)) return 'The password must not contain the email address';
  return null;
}
