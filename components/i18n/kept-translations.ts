// useTranslations as next-intl's, with its translators kept (issue 16). next-intl builds a new
// translator in every component instance that asks for one, and resolves and formats the message
// again on every call, building its format objects each time. The consensus page renders a card per
// passage, each asking for five translators and calling them dozens of times: under the profiler
// next-intl's translators were about 15% of that page's server time (desk-scale.ts --costs --profile:
// 5.6% building them, 10% calling them).
//
// Here a translator is made once per catalogue, language and namespace, and kept as long as its
// catalogue (a WeakMap: on the server the imported catalogues, shared by every request; in the
// browser the one the page read). A message asked for without values always reads the same, so its
// text is kept too; one with values is formatted on every call, as before. What it returns is
// next-intl's own translator (createTranslator) with the provider's catalogue and time zone and the
// app's formats (i18n/formats.ts, which the provider is given too), so every message reads exactly
// as it did (kept-translations.test.ts compares them).
import { createTranslator, useLocale, useMessages, useTimeZone, type useTranslations as nextIntlUseTranslations } from 'next-intl';
import { type ReactNode, cloneElement, isValidElement } from 'react';
import { FORMATS } from '@/i18n/formats';
import type { Locale } from '@/lib/vocabulary';

type Values = Record<string, unknown>;
type Translate = ((key: string, values?: Values, formats?: unknown) => string) & {
  rich(key: string, values?: Values, formats?: unknown): ReactNode;
  markup(key: string, values?: Values, formats?: unknown): string;
  raw(key: string): unknown;
  has(key: string): boolean;
};

const kept = new WeakMap<object, Map<string, Translate>>();

/** The translator of `namespace` for this catalogue, language and time zone, made on first use. */
function keptTranslator(messages: object, locale: Locale, timeZone: string | undefined, namespace: string | undefined): Translate {
  let translators = kept.get(messages);
  if (!translators) {
    translators = new Map();
    kept.set(messages, translators);
  }
  const key = `${locale}\u0000${timeZone ?? ''}\u0000${namespace ?? ''}`;
  let translator = translators.get(key);
  if (!translator) {
    const base = createTranslator({ locale, messages: messages as Record<string, unknown>, namespace, formats: FORMATS, timeZone }) as unknown as Translate;
    translator = withPlainTextsKept(base);
    translators.set(key, translator);
  }
  return translator;
}

function withPlainTextsKept(base: Translate): Translate {
  const plain = new Map<string, string>();
  const translate = ((key: string, values?: Values, formats?: unknown) => {
    if (values !== undefined || formats !== undefined) return base(key, values, formats);
    let text = plain.get(key);
    if (text === undefined) {
      text = base(key);
      plain.set(key, text);
    }
    return text;
  }) as Translate;
  translate.rich = (key, values, formats) => base.rich(key, values && keyedTags(values), formats);
  translate.markup = (key, values, formats) => base.markup(key, values, formats);
  translate.raw = (key) => base.raw(key);
  translate.has = (key) => base.has(key);
  return translate;
}

/**
 * As next-intl's React translator does: an element a rich message's tag returns is given a key, so
 * the parts of one message, rendered side by side, are keyed children.
 */
function keyedTags(values: Values): Values {
  const result: Values = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'function') {
      result[name] = value;
      continue;
    }
    let index = 0;
    const tag = value as (chunks: ReactNode) => ReactNode;
    result[name] = (chunks: ReactNode) => {
      const node = tag(chunks);
      return isValidElement(node) ? cloneElement(node, { key: `${name}${index++}` }) : node;
    };
  }
  return result;
}

/** next-intl's useTranslations, with the translator kept (above); the same types and messages. */
export const useTranslations = ((namespace?: string) => {
  const messages = useMessages();
  const locale = useLocale();
  const timeZone = useTimeZone();
  return keptTranslator(messages, locale, timeZone, namespace);
}) as typeof nextIntlUseTranslations;
