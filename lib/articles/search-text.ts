// How text in any script is made comparable for search and claim matching, and
// which PostgreSQL text search configuration reads an article's language.
//
// Both have SQL twins in the migration 'article_search' (corroborate_fold_letters,
// corroborate_search_config), because the database folds and stems the stored
// side; tests/integration/article-search.test.ts holds the twins to the same answers.

/**
 * Arabic-script marks a reader does not type and a search should not need:
 * harakat and tanwin (U+064B–U+065F), the superscript alef (U+0670), Quranic
 * annotation signs (U+06D6–U+06ED), and the tatweel that only stretches a line (U+0640).
 */
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

/**
 * Letters written two ways for the same word, folded to one: Persian yeh and
 * kaf to the Arabic forms (a Persian keyboard types ی ک, an Arabic one ي ك, and
 * sites mix them), alef maksura to yeh, the hamza-carrying and wasla alefs to
 * bare alef, heh with yeh above to heh; Arabic-Indic and Persian digits to ASCII.
 * The Arabic forms are kept, not the Persian, so PostgreSQL's Arabic stemmer reads folded text.
 */
const LETTER_VARIANTS: Record<string, string> = {
  '\u06cc': '\u064a', // ی → ي
  '\u0649': '\u064a', // ى → ي
  '\u06a9': '\u0643', // ک → ك
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u06c0': '\u0647', // ۀ → ه
  ...Object.fromEntries(Array.from({ length: 10 }, (_, digit) => [String.fromCharCode(0x0660 + digit), String(digit)])),
  ...Object.fromEntries(Array.from({ length: 10 }, (_, digit) => [String.fromCharCode(0x06f0 + digit), String(digit)])),
};
const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'g');

/**
 * Text with the spelling variants of its script folded away: NFKC (full-width
 * Latin, half-width kana, presentation forms of Arabic letters), Arabic-script
 * marks dropped and letter variants unified, and the zero-width non-joiner
 * (Persian "می‌شود", written "می شود" or "میشود" elsewhere) read as a space,
 * whitespace collapsed. Case and Latin accents are left to the caller
 * (lower case and unaccent in SQL).
 */
export function foldScriptVariants(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ARABIC_MARKS, '')
    .replace(VARIANT_PATTERN, (letter) => LETTER_VARIANTS[letter]!)
    .replace(/\u200c/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * PostgreSQL's text search configuration for each language it can stem (by the
 * primary subtag of the BCP 47 tag). Languages it cannot stem — Persian,
 * Chinese, Japanese, Korean, Thai, Hebrew… — are read with 'simple' (words as
 * written, folded) and are also searched by substring, since some of them do
 * not put spaces between words.
 */
export const TEXT_SEARCH_CONFIGS = {
  ar: 'arabic',
  ca: 'catalan',
  da: 'danish',
  de: 'german',
  el: 'greek',
  en: 'english',
  es: 'spanish',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hi: 'hindi',
  hu: 'hungarian',
  hy: 'armenian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  nb: 'norwegian',
  ne: 'nepali',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
} as const satisfies Record<string, string>;

export type TextSearchConfig = (typeof TEXT_SEARCH_CONFIGS)[keyof typeof TEXT_SEARCH_CONFIGS] | 'simple';

/** The configuration for an article's language tag ('fa-IR' → 'simple', 'ru' → 'russian'). */
export function textSearchConfig(language: string): TextSearchConfig {
  const primary = language.split('-')[0]!.toLowerCase();
  return Object.hasOwn(TEXT_SEARCH_CONFIGS, primary) ? TEXT_SEARCH_CONFIGS[primary as keyof typeof TEXT_SEARCH_CONFIGS] : 'simple';
}
