// The registrable domain of a page's host ("www.bbc.co.uk" → "bbc.co.uk"), which is how an outlet is
// recognised across its subdomains. Without the whole Public Suffix List (a dependency and a list to
// keep current), this knows the common two-part suffixes newsrooms sit under; an unknown one gives
// the last two labels, which at worst files a page under a broader name for an editor to correct.

const TWO_PART_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk',
  'com.au', 'net.au', 'org.au', 'co.nz', 'org.nz', 'co.za', 'org.za', 'co.in', 'org.in', 'co.jp', 'or.jp', 'ne.jp',
  'co.kr', 'or.kr', 'com.br', 'org.br', 'com.mx', 'com.ar', 'com.tr', 'org.tr', 'com.cn', 'org.cn', 'com.hk', 'com.tw', 'com.sg',
  'com.my', 'com.pk', 'com.eg', 'com.sa', 'com.ua', 'org.ua', 'co.il', 'org.il', 'com.ng', 'co.ke', 'com.ph', 'co.id', 'or.id',
  'com.pl', 'com.es', 'com.co', 'com.pe', 'com.ve', 'com.qa', 'com.lb', 'co.ir', 'ac.ir', 'gov.ir', 'com.ru', 'org.ru',
]);

/** Lower-case registrable domain of an http(s) URL or bare host name; null for IP addresses and non-hosts. */
export function registrableDomain(urlOrHost: string): string | null {
  let host: string;
  try {
    host = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost) ? new URL(urlOrHost).hostname : new URL(`http://${urlOrHost.trim()}`).hostname;
  } catch {
    return null;
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (host === '' || /^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return null;
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const take = TWO_PART_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.length < take ? null : labels.slice(-take).join('.');
}
