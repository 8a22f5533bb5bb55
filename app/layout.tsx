import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { ShortcutProvider } from '@/components/layout/shortcut-sheet';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Corroborate', template: '%s · Corroborate' },
  description: 'Source-reliability annotation workbench for fact-checking desks',
};

/**
 * Reading the request headers makes every page render per request, which the
 * nonce-based CSP needs: a page prerendered at build time would carry scripts
 * without this request's nonce, and the browser would refuse them.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await headers();
  return (
    <html lang="en">
      <body className="min-h-screen">
        {/* The "?" sheet of keyboard shortcuts, on every page. */}
        <ShortcutProvider>{children}</ShortcutProvider>
      </body>
    </html>
  );
}
