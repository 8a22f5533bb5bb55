import { NextIntlClientProvider, useTranslations as nextIntlUseTranslations } from 'next-intl';
import { type ComponentProps, type PropsWithChildren, type ReactNode, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '@/i18n/formats';
import { type Messages, loadMessages } from '@/i18n/messages';
import { LOCALES, type Locale } from '@/lib/vocabulary';
import { useTranslations } from './kept-translations';

// Its props type asks for children, which createElement passes as its third argument.
const IntlProvider = NextIntlClientProvider as (props: PropsWithChildren<Omit<ComponentProps<typeof NextIntlClientProvider>, 'children'>>) => ReactNode;

type Leaf = { namespace: string; key: string; message: string };

/** Every message of the catalogue, with the namespace it sits in and its key there. */
function leaves(messages: Messages): Leaf[] {
  const found: Leaf[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (typeof node === 'string') found.push({ namespace: path.slice(0, -1).join('.'), key: path.at(-1)!, message: node });
    else if (node && typeof node === 'object') for (const [name, child] of Object.entries(node)) walk(child, [...path, name]);
  };
  walk(messages, []);
  return found;
}

/** Values for every argument a message names: a number (plurals and numbers read it; a select takes its "other"), tags as elements. */
function valuesFor(message: string): Record<string, unknown> | undefined {
  const values: Record<string, unknown> = {};
  for (const [, name] of message.matchAll(/\{\s*(\w+)/g)) values[name!] = 3;
  for (const [, tag] of message.matchAll(/<(\w+)>/g)) values[tag!] = (chunks: ReactNode) => createElement('b', { 'data-tag': tag }, chunks);
  return Object.keys(values).length > 0 ? values : undefined;
}

type Translator = (key: string, values?: Record<string, unknown>) => string;
type RichTranslator = { rich(key: string, values?: Record<string, unknown>): ReactNode };

/** What each message reads as through one hook, rendered as HTML (rich messages as elements). */
function readAll(hook: (namespace: string) => unknown, locale: Locale, messages: Messages, all: Leaf[]): string[] {
  const texts: string[] = [];
  function Reader() {
    const translators = new Map<string, unknown>();
    for (const { namespace, key, message } of all) {
      if (!translators.has(namespace)) translators.set(namespace, hook(namespace));
      const t = translators.get(namespace) as Translator & RichTranslator;
      const values = valuesFor(message);
      texts.push(message.includes('<') ? renderToStaticMarkup(createElement('p', null, t.rich(key, values))) : t(key, values));
      if (!values) texts.push(t(key)); // asked again: the kept text
    }
    return null;
  }
  renderToStaticMarkup(createElement(IntlProvider, { locale, messages, formats: FORMATS, timeZone: 'UTC', onError: () => undefined }, createElement(Reader)));
  return texts;
}

// The kept translators stand in for next-intl's in every component that asks for one: every message
// of every catalogue must read exactly as next-intl writes it.
describe('kept translators', () => {
  it.each(LOCALES)('%s: every message reads as next-intl writes it, with and without values', async (locale) => {
    const messages = await loadMessages(locale);
    const all = leaves(messages);
    expect(all.length).toBeGreaterThan(500);
    const ours = readAll((namespace) => useTranslations(namespace as never), locale, messages, all);
    const theirs = readAll((namespace) => nextIntlUseTranslations(namespace as never), locale, messages, all);
    expect(ours).toEqual(theirs);
    expect(ours.some((text) => text.includes('data-tag'))).toBe(true);
  });

  it('keeps one translator per catalogue, language and namespace, across renders', async () => {
    const [en, fa] = await Promise.all([loadMessages('en'), loadMessages('fa')]);
    const seen: unknown[] = [];
    function Probe({ namespace }: { namespace: string }) {
      seen.push(useTranslations(namespace as never));
      return null;
    }
    const render = (locale: Locale, messages: Messages, namespace: string) =>
      renderToStaticMarkup(createElement(IntlProvider, { locale, messages, formats: FORMATS, timeZone: 'UTC' }, createElement(Probe, { namespace })));
    render('en', en, 'consensus.passage');
    render('en', en, 'consensus.passage');
    render('en', en, 'common.label');
    render('fa', fa, 'consensus.passage');
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).not.toBe(seen[0]);
    expect(seen[3]).not.toBe(seen[0]);
    expect((seen[3] as Translator)('adjudicate')).not.toBe((seen[0] as Translator)('adjudicate'));
  });
});
