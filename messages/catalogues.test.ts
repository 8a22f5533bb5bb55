// Issue 17: every language's catalogue is complete. English is the reference; another
// language may neither lack a message nor carry one English lacks, and each message must
// name the same {arguments} (a translation that drops {count} would show the wrong thing).
import { readdirSync } from 'node:fs';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import {
  ANCHOR_STATES, ARTICLE_STATUSES, ASSIGNMENT_STATUSES, CONFIDENCES, EVIDENCE_TYPES, LABELS, LOCALES, PASSAGE_STATES, REVIEW_STATUSES, ROLES, TEXT_DIRECTIONS,
} from '../lib/vocabulary';
import { loadMessages } from '../i18n/messages';
import en from './en';

// Loaded the way the app loads them (i18n/messages.ts), so a language listed
// in messages/languages.ts without its folder fails here, not in a user's browser.
const CATALOGUES = Object.fromEntries(await Promise.all(LOCALES.map(async (locale) => [locale, await loadMessages(locale)] as const)));

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** The argument names a message uses, with their kinds (a plural must stay a plural). */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        names.add(`<${element.value}>`);
        walk(element.children);
        continue;
      }
      names.add(`${element.value}:${TYPE[element.type]}`);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return [...names].sort();
}

const reference = flatten(en as unknown as Tree);

it('every folder of messages/ is a language in messages/languages.ts, and every language has its folder', () => {
  const folders = readdirSync(new URL('.', import.meta.url), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  expect(folders.sort()).toEqual([...LOCALES].sort());
  for (const locale of LOCALES) expect(CATALOGUES[locale], locale).toBeDefined();
});

it('the English catalogue parses as ICU messages', () => {
  for (const [key, message] of reference) expect(() => argumentsOf(message), key).not.toThrow();
});

describe.each(LOCALES.filter((locale) => locale !== 'en'))('the %s catalogue', (locale) => {
  const catalogue = flatten(CATALOGUES[locale] as unknown as Tree);

  it('has every English message and no other', () => {
    expect([...catalogue.keys()].filter((key) => !reference.has(key)), 'keys English lacks').toEqual([]);
    expect([...reference.keys()].filter((key) => !catalogue.has(key)), 'keys missing').toEqual([]);
  });

  it('names the same arguments as English in each message', () => {
    const differ = [...reference].filter(([key, message]) => catalogue.has(key) && argumentsOf(message).join() !== argumentsOf(catalogue.get(key)!).join());
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('is translated, not copied: fewer than 1 in 20 messages equal the English', () => {
    // Names and codes (Corroborate, CSV, URL) read the same in every language, so a few may match.
    const same = [...reference].filter(([key, message]) => catalogue.get(key) === message && /[A-Za-z]{3}/.test(message));
    expect(same.length).toBeLessThanOrEqual(Math.max(3, reference.size / 20));
  });
});

describe('vocabulary names', () => {
  // Each member of a vocabulary the interface names has its name in the common catalogue, so a new
  // label or status cannot reach the screen as a raw code.
  const NAMED = {
    label: LABELS, labelHint: LABELS, evidenceType: EVIDENCE_TYPES, confidence: CONFIDENCES, anchorState: ANCHOR_STATES,
    articleStatus: ARTICLE_STATUSES, role: ROLES, reviewStatus: REVIEW_STATUSES, assignmentStatus: ASSIGNMENT_STATUSES,
    passageState: PASSAGE_STATES, direction: TEXT_DIRECTIONS,
  } as const;
  it.each(Object.entries(NAMED))('common.%s names every member', (group, members) => {
    expect(Object.keys((en.common as unknown as Record<string, object>)[group] ?? {}).sort()).toEqual([...members].sort());
  });
});
