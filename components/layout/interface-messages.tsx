'use client';
// The interface's catalogue for client components, from a chunk of the bundle rather than from
// the server's render. Rendered by the server, NextIntlClientProvider puts the whole catalogue
// into the RSC payload of every response, and a live page's router.refresh() re-renders the root
// layout each time: 72 kB of messages went with every refresh of the consensus page. As a chunk,
// the browser fetches each language once and keeps it; the server sends only the locale's code.
import { NextIntlClientProvider } from 'next-intl';
import { type ReactNode, use } from 'react';
import { FORMATS } from '@/i18n/formats';
import { type Messages, loadMessages } from '@/i18n/messages';
import type { Locale } from '@/lib/vocabulary';

// One promise per language for the life of the page (and of the server process), as use() needs.
const catalogues = new Map<Locale, Promise<Messages>>();

function catalogue(locale: Locale): Promise<Messages> {
  let loading = catalogues.get(locale);
  if (!loading) {
    loading = loadMessages(locale);
    catalogues.set(locale, loading);
  }
  return loading;
}

/** Dates are shown in UTC, as the server renders them (i18n/request.ts), so server and browser agree. */
export function InterfaceMessages({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={use(catalogue(locale))} formats={FORMATS} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
