'use client';
// The interface's catalogue for client components, loaded once and kept by the browser. Rendered
// from a server component, NextIntlClientProvider puts the whole catalogue into the RSC payload:
// some 75 kB in every document, a quarter of the article page's server CPU and half its bytes, and
// in every refresh of a live page. So the root layout passes only the catalogue's versioned address
// (lib/server/http/interface-catalogue.ts), which a document preloads beside its scripts and the
// browser keeps; this component reads it once per language for the page's life. Should that read
// fail, the language's chunk of the bundle stands in. On the server, the same (static) catalogue is
// imported: the render the document carries needs no request.
import { NextIntlClientProvider } from 'next-intl';
import { type ReactNode, use } from 'react';
import { FORMATS } from '@/i18n/formats';
import { type Messages, loadMessages } from '@/i18n/messages';
import type { Locale } from '@/lib/vocabulary';

// One promise per language, as use() needs a stable one: in the browser the catalogues this page
// has read; on the server, shared by every request, the imported ones.
const catalogues = new Map<Locale, Promise<Messages>>();

async function fetchCatalogue(url: string): Promise<Messages> {
  // The same mode and credentials as the layout's preload (crossOrigin "anonymous"), so the browser uses it.
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the catalogue answered ${response.status}`);
  return (await response.json()) as Messages;
}

function catalogue(locale: Locale, url: string): Promise<Messages> {
  let known = catalogues.get(locale);
  if (!known) {
    known = typeof window === 'undefined' ? loadMessages(locale) : fetchCatalogue(url).catch(() => loadMessages(locale));
    catalogues.set(locale, known);
  }
  return known;
}

type Props = { locale: Locale; catalogue: string; children: ReactNode };

/** Dates are shown in UTC, as the server renders them (i18n/request.ts), so server and browser agree. */
export function InterfaceMessages({ locale, catalogue: url, children }: Props) {
  return (
    <NextIntlClientProvider locale={locale} messages={use(catalogue(locale, url))} formats={FORMATS} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
