import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { InterfaceDirection } from '@/components/layout/interface-direction';
import { InterfaceMessages } from '@/components/layout/interface-messages';
import { ShortcutProvider } from '@/components/layout/shortcut-sheet';
import { LOCALE_DIRECTION } from '@/lib/i18n/locales';
import { isDocumentRequest } from '@/lib/server/http/document-request';
import { catalogueUrl } from '@/lib/server/http/interface-catalogue';
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
  // The client components' catalogue is a file of its own, kept by the browser
  // (lib/server/http/interface-catalogue.ts); a whole document fetches it beside its scripts, so it
  // is there when they hydrate. An RSC request (a refresh, a navigation) comes from a page that has it.
  // (react-dom's preload() from here only reaches the RSC payload's hints, which the browser reads
  // with the scripts: too late.)
  const catalogue = await catalogueUrl(locale);
  return (
    <html lang={locale} dir={LOCALE_DIRECTION[locale]}>
      <head>{isDocumentRequest(requestHeaders) && <link rel="preload" href={catalogue} as="fetch" crossOrigin="anonymous" />}</head>
      <body className="min-h-screen">
        <InterfaceMessages locale={locale} catalogue={catalogue}>
          <InterfaceDirection dir={LOCALE_DIRECTION[locale]}>
            {/* The "?" sheet of keyboard shortcuts, on every page. */}
            <ShortcutProvider>{children}</ShortcutProvider>
          </InterfaceDirection>
        </InterfaceMessages>
      </body>
    </html>
  );
}
