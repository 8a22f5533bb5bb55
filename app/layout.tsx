import type { Metadata } from 'next';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { InterfaceDirection } from '@/components/layout/interface-direction';
import { InterfaceMessages } from '@/components/layout/interface-messages';
import { ShortcutProvider } from '@/components/layout/shortcut-sheet';
import { LOCALE_DIRECTION } from '@/lib/i18n/locales';
import { isDocumentRequest } from '@/lib/server/http/document-request';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return {
    title: { default: 'Corroborate', template: '%s · Corroborate' },
    description: t('appDescription'),
  };
}

/**
 * Reading the request headers makes every page render per request, which the
 * nonce-based CSP needs: a page prerendered at build time would carry scripts
 * without this request's nonce, and the browser would refuse them.
 *
 * The page's language and direction are the interface's (issue 17); an
 * article's body carries its own `lang` and `dir` inside it.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const requestHeaders = await headers();
  const locale = await getLocale();
  // A whole document carries the catalogue for its client components; an RSC request (a refresh, a
  // navigation) comes from a page that has it already (components/layout/interface-messages.tsx).
  const messages = isDocumentRequest(requestHeaders) ? await getMessages() : undefined;
  return (
    <html lang={locale} dir={LOCALE_DIRECTION[locale]}>
      <body className="min-h-screen">
        <InterfaceMessages locale={locale} messages={messages}>
          <InterfaceDirection dir={LOCALE_DIRECTION[locale]}>
            {/* The "?" sheet of keyboard shortcuts, on every page. */}
            <ShortcutProvider>{children}</ShortcutProvider>
          </InterfaceDirection>
        </InterfaceMessages>
      </body>
    </html>
  );
}
