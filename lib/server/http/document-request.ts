// Whether a request for a page loads a whole document (the browser's navigation: HTML that will
// hydrate) rather than an RSC payload for a page already open (a refresh, a client navigation, a
// server action). Next.js hides its own RSC headers from the app, so this reads what browsers send:
// Sec-Fetch-Dest "document" (or "iframe") for a navigation, "empty" for fetch(); without it, an
// Accept that asks for HTML, as every browser's navigation does and Next's RSC fetch does not.

type HeaderReader = { get(name: string): string | null };

export function isDocumentRequest(headers: HeaderReader): boolean {
  const destination = headers.get('sec-fetch-dest');
  if (destination) return destination === 'document' || destination === 'iframe';
  return (headers.get('accept') ?? '').includes('text/html');
}
