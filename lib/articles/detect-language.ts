// The language an article is written in (a BCP 47 tag) and the direction its
// text runs, decided on import from the letters of its text and what the page
// declares (<html lang>, JSON-LD inLanguage, og:locale). The reader's browser
// uses them to shape, hyphenate and lay out the text (lang, dir) and the
// annotator to find word boundaries (Intl.Segmenter's locale).
//
// Why script counting and not a statistical language identifier: the scripts
// the desk reads are told apart by their letters alone (Persian by the four
// letters Arabic lacks, Japanese by its kana), a Latin-script page almost
// always declares its language, and a model would be megabytes for the rest.
// A declared language wins when it is written in the script the text is in;
// a page template declaring "en" over Arabic text does not.
//
// Bounds: at most SAMPLE_LENGTH code units of the text are looked at.
import type { TextDirection } from '../vocabulary';

export type Direction = TextDirection;
export type ArticleLanguage = { language: string; direction: Direction };

export const SAMPLE_LENGTH = 20_000;
/** Longest tag stored: BCP 47 allows long private-use tags; real ones are under a dozen characters. */
export const MAX_LANGUAGE_TAG_LENGTH = 35;
export const DEFAULT_LANGUAGE: ArticleLanguage = { language: 'en', direction: 'ltr' };

type Script = 'Arab' | 'Cyrl' | 'Hani' | 'Kana' | 'Hang' | 'Deva' | 'Hebr' | 'Grek' | 'Thai' | 'Latn';

const SCRIPTS: [Script, RegExp][] = [
  ['Arab', /\p{Script=Arabic}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hani', /\p{Script=Han}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Latn', /\p{Script=Latin}/u],
];

/** The script each language is written in, for the languages whose script is not Latin. */
const LANGUAGE_SCRIPT: Record<string, Script> = {
  ar: 'Arab', fa: 'Arab', ur: 'Arab', ps: 'Arab', ckb: 'Arab', sd: 'Arab', ug: 'Arab',
  ru: 'Cyrl', uk: 'Cyrl', be: 'Cyrl', bg: 'Cyrl', mk: 'Cyrl', sr: 'Cyrl', kk: 'Cyrl', ky: 'Cyrl', mn: 'Cyrl', tg: 'Cyrl',
  ja: 'Kana', zh: 'Hani', yue: 'Hani', ko: 'Hang',
  hi: 'Deva', mr: 'Deva', ne: 'Deva', sa: 'Deva',
  he: 'Hebr', yi: 'Hebr', el: 'Grek', th: 'Thai',
};

/** Languages written right to left (primary subtags), and the right-to-left scripts a tag can name. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'ckb', 'dv', 'sd', 'ug', 'syr']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

/** Letters Persian has and Arabic lacks (پ چ ژ گ, and Persian kaf and yeh), and Urdu's own (ٹ ڈ ڑ ں ے). */
const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/gu;
const ARABIC_LETTERS = /[\u0643\u064a\u0629]/gu;
const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06d2]/gu;
/** Letters Ukrainian has and Russian lacks (і ї є ґ). */
const UKRAINIAN_LETTERS = /[\u0456\u0457\u0454\u0491]/giu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** The script most of the sample's letters are in, or null for a text without letters. */
function dominantScript(sample: string): Script | null {
  const counts = new Map<Script, number>();
  for (const character of sample) {
    if (!/\p{L}/u.test(character)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0];
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  // Japanese mixes kanji and kana: a fair share of kana makes Han-script text Japanese.
  const kana = counts.get('Kana') ?? 0;
  if (kana > 0 && kana * 10 >= (counts.get('Hani') ?? 0)) counts.set('Kana', kana + (counts.get('Hani') ?? 0));
  let best: Script | null = null;
  for (const [script, letters] of counts) if (!best || letters > counts.get(best)!) best = script;
  return best;
}

/** The language a script's letters tell, where they tell one. */
function languageOfScript(script: Script, sample: string): string | null {
  switch (script) {
    case 'Arab': {
      const persian = count(sample, PERSIAN_LETTERS);
      if (count(sample, URDU_LETTERS) > persian / 4 && count(sample, URDU_LETTERS) > 0) return 'ur';
      return persian > count(sample, ARABIC_LETTERS) ? 'fa' : 'ar';
    }
    case 'Cyrl':
      return count(sample, UKRAINIAN_LETTERS) > 0 ? 'uk' : 'ru';
    case 'Kana':
      return 'ja';
    case 'Hani':
      return 'zh';
    case 'Hang':
      return 'ko';
    case 'Deva':
      return 'hi';
    case 'Hebr':
      return 'he';
    case 'Grek':
      return 'el';
    case 'Thai':
      return 'th';
    case 'Latn':
      return null;
  }
}

/** A declared language as a canonical BCP 47 tag ("fa_IR" → "fa-IR"), or null when it is not one. */
export function canonicalLanguageTag(declared: string | null | undefined): string | null {
  const tag = declared?.trim().replace(/_/g, '-');
  if (!tag || tag.length > MAX_LANGUAGE_TAG_LENGTH || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical && canonical.length <= MAX_LANGUAGE_TAG_LENGTH && canonical !== 'und' ? canonical : null;
  } catch {
    return null;
  }
}

/** The direction text in `language` runs: right to left for Arabic, Persian, Hebrew, Urdu, … or a tag naming an RTL script. */
export function directionOf(language: string): Direction {
  const [primary, ...rest] = language.toLowerCase().split('-');
  if (rest.some((subtag) => subtag.length === 4 && RTL_SCRIPTS.has(subtag))) return 'rtl';
  if (rest.some((subtag) => subtag.length === 4)) return 'ltr'; // a script subtag names a left-to-right script (az-Latn, …)
  return RTL_LANGUAGES.has(primary!) ? 'rtl' : 'ltr';
}

/** True when text in `script` can be in the declared language. */
function consistent(declared: string, script: Script | null): boolean {
  if (!script) return true;
  const expected = LANGUAGE_SCRIPT[declared.split('-')[0]!.toLowerCase()] ?? 'Latn';
  if (expected === script) return true;
  // Kanji-only passages are Japanese too, and Chinese text can quote a little kana.
  return (expected === 'Kana' && script === 'Hani') || (expected === 'Hani' && script === 'Kana');
}

/**
 * The article's language and direction from its text and the languages its page declares
 * (most trusted first; nulls and malformed tags skipped). See the module's contract.
 */
export function detectLanguage(text: string, declared: (string | null | undefined)[] = []): ArticleLanguage {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const script = dominantScript(sample);
  const stated = declared.map(canonicalLanguageTag).find((tag): tag is string => tag !== null && consistent(tag, script));
  const language = stated ?? (script ? languageOfScript(script, sample) : null) ?? DEFAULT_LANGUAGE.language;
  return { language, direction: directionOf(language) };
}
