// What a password must be, in one function for every way a password is set
// (an admin creating a user, the person changing theirs, an admin's reset, the
// bootstrap admin): 12 to 256 characters; not on, or a trailing-digit variant
// of ("Summer2024!" → "summer"), the 49,000 most common breached passwords; not
// containing the person's email name or name; and hard to guess by zxcvbn's
// estimate (score 3 of 4 at least, i.e. more than 10⁸ guesses), which catches
// keyboard walks, repeats, sequences, dates, l33t spellings of common words and
// names. The dictionaries ship in @zxcvbn-ts/language-common and -en (no network).
//
// zxcvbn's work grows quickly with length (a 100-character crafted input takes
// half a second with its defaults), so it reads the first ZXCVBN_MAX_INPUT
// characters only, and tries at most 20 l33t substitutions: a password longer
// than that is judged by its first 100 characters, which is plenty to tell.
import { ZxcvbnFactory, type TranslationKeys } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-hash';

/** Characters zxcvbn reads; see the comment above. */
export const ZXCVBN_MAX_INPUT = 100;
/** The lowest zxcvbn score accepted (0–4). */
export const MIN_SCORE = 3;
/** Parts of a name or email shorter than this are too common to refuse ("Ada", "ed"). */
const MIN_PERSONAL_PART = 4;

export type PasswordOwner = { email?: string; name?: string };

// zxcvbn's feedback, in the workbench's words (keys from @zxcvbn-ts/core's translation table).
const WARNINGS: TranslationKeys['warnings'] = {
  straightRow: 'it is a straight row of keys on the keyboard',
  keyPattern: 'it is a keyboard pattern',
  simpleRepeat: 'it repeats one character (like "aaaa")',
  extendedRepeat: 'it repeats a group of characters (like "abcabc")',
  sequences: 'it is a sequence (like "abcd" or "6543")',
  recentYears: 'it relies on a recent year',
  dates: 'it relies on a date',
  topTen: 'it is one of the ten most used passwords',
  topHundred: 'it is one of the hundred most used passwords',
  common: 'it is a commonly used password',
  similarToCommon: 'it is a small change of a commonly used password (swapping letters for look-alike digits or symbols does not help)',
  wordByItself: 'it is a single word',
  namesByThemselves: 'it is a name',
  commonNames: 'it is built on a common name',
  userInputs: 'it contains your name or email',
  pwned: 'it appeared in a data breach',
};

// Suggestions are not shown (one reason is enough), but zxcvbn needs the table.
const SUGGESTIONS: TranslationKeys['suggestions'] = {
  l33t: '', reverseWords: '', allUppercase: '', capitalization: '', dates: '', recentYears: '', associatedYears: '',
  sequences: '', repeated: '', longerKeyboardPattern: '', anotherWord: '', useWords: '', noNeed: '', pwned: '',
};

const TIME: TranslationKeys['timeEstimation'] = {
  ltSecond: '', second: '', seconds: '', minute: '', minutes: '', hour: '', hours: '', day: '', days: '', month: '', months: '', year: '', years: '', centuries: '',
};

let estimator: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    translations: { warnings: WARNINGS, suggestions: SUGGESTIONS, timeEstimation: TIME },
    maxLength: ZXCVBN_MAX_INPUT,
    l33tMaxSubstitutions: 20,
  });
  return estimator;
}

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(commonDictionary['passwords-common'].map((password) => password.toLowerCase()));
  return common;
}

/** The email's local part and its pieces, and the name and its words, long enough to matter. */
function personalParts(owner: PasswordOwner): string[] {
  const local = owner.email?.split('@')[0]?.toLowerCase() ?? '';
  const name = owner.name?.toLowerCase() ?? '';
  const parts = [local, ...local.split(/[._+-]+/), name.replace(/\s+/g, ''), ...name.split(/[^\p{L}\p{N}]+/u)];
  return [...new Set(parts.filter((part) => part.length >= MIN_PERSONAL_PART))];
}

const TOO_EASY = 'This password is too easy to guess';
const ADVICE = 'Try a few unrelated words, or let a password manager make one.';

/** Why the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, owner: PasswordOwner = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Password must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem))) return 'This password is on the list of commonly used (breached) passwords; choose another';
  const parts = personalParts(owner);
  if (parts.some((part) => lower.includes(part))) return 'The password must not contain the name or email address of its account';
  const result = zxcvbn().check(password.slice(0, ZXCVBN_MAX_INPUT), parts);
  if (result.score >= MIN_SCORE) return null;
  return result.feedback.warning ? `${TOO_EASY}: ${result.feedback.warning}. ${ADVICE}` : `${TOO_EASY}. ${ADVICE}`;
}
