'use client';
// The interface's catalogue for client components, sent once per document rather than with every
// server render. Rendered from a server component, NextIntlClientProvider puts the whole catalogue
// into every RSC payload, and a live page's router.refresh() re-renders the root layout: 72 kB of
// messages went with each refresh of the consensus page. So the root layout passes `messages` only
// when it renders a whole document (the first load, which hydrates with them at once); this
// component keeps them for the page's life, and the RSC payloads of refreshes and navigations
// carry only the locale's code. A language the page has not had yet (the person just switched)
// is loaded as a chunk of the bundle.
import { NextIntlClientProvider } from 'next-intl';
import { type ReactNode, use } from 'react';
import { FORMATS } from '@/i18n/formats';
import { type Messages, loadMessages } from '@/i18n/messages';
import type { Locale } from '@/lib/vocabulary';

// One promise per language, as use() needs a stable one. In the browser: the catalogues this page
// has. On the server the module is shared by every request, and holds the same (static) catalogues.
const catalogues = new Map<Locale, Promise<Messages>>();

function catalogue(locale: Locale, sent: Messages | undefined): Promise<Messages> {
  let known = catalogues.get(locale);
  if (sent && !known) {
    // Already resolved, so use() reads it without suspending (hydration does not wait).
    known = Object.assign(Promise.resolve(sent), { status: 'fulfilled', value: sent });
    catalogues.set(locale, known);
  }
  if (!known) {
    known = loadMessages(locale);
    catalogues.set(locale, known);
  }
  return known;
}

type Props = { locale: Locale; messages?: Messages; children: ReactNode };

/** Dates are shown in UTC, as the server renders them (i18n/request.ts), so server and browser agree. */
export function InterfaceMessages({ locale, messages, children }: Props) {
  return (
    <NextIntlClientProvider locale={locale} messages={use(catalogue(locale, messages))} formats={FORMATS} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
