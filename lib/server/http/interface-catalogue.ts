import 'server-only';
// The interface's catalogue as the browser loads it: one JSON file per language, named by a digest
// of its content, so a browser keeps it for good and asks again only when a release changes it.
// A page's document used to carry the whole catalogue (some 75 kB) in its RSC payload: a quarter
// of the article page's server CPU (serialised, escaped into the HTML and compressed on every
// document) and half of its compressed bytes. The root layout now names this file and preloads it,
// and components/layout/interface-messages.tsx reads it (GET /api/i18n/:locale).
import { createHash } from 'node:crypto';
import { loadMessages } from '@/i18n/messages';
import type { Locale } from '@/lib/vocabulary';

export type CatalogueFile = { body: string; version: string };

// Static for the process's life: built once per language.
const files = new Map<Locale, Promise<CatalogueFile>>();

export function catalogueFile(locale: Locale): Promise<CatalogueFile> {
  let file = files.get(locale);
  if (!file) {
    file = loadMessages(locale).then((messages) => {
      const body = JSON.stringify(messages);
      return { body, version: createHash('sha256').update(body).digest('base64url').slice(0, 16) };
    });
    files.set(locale, file);
  }
  return file;
}

/** The address of a language's catalogue, versioned by its content. */
export async function catalogueUrl(locale: Locale): Promise<string> {
  return `/api/i18n/${locale}?v=${(await catalogueFile(locale)).version}`;
}
