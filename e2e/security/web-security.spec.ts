// Web security as a browser and a script see it: the session cookie's flags,
// sign-out ending that very session (a copied cookie stops working), the
// nonce-based Content-Security-Policy on pages (and no inline script without
// it), a load-nothing policy on API answers, the other headers, request ids.
import { request } from '@playwright/test';
import { signInAs, signOut } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

test('the session cookie is HttpOnly and SameSite, and signing out ends that session even for a copy of the cookie', async ({ page, baseURL }) => {
  await signInAs(page, 'reviewer3');
  const cookie = (await page.context().cookies()).find((entry) => entry.name.endsWith('next-auth.session-token'));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000);
  // Over plain http the cookie cannot be Secure; with an https NEXTAUTH_URL next-auth switches to the __Secure- cookie.
  expect(await page.evaluate(() => document.cookie)).not.toContain('session-token');

  const copy = await request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${cookie!.name}=${cookie!.value}` } });
  try {
    expect((await copy.get('/api/articles')).status()).toBe(200);
    await signOut(page);
    expect((await copy.get('/api/articles')).status()).toBe(401);
  } finally {
    await copy.dispose();
  }
});

test('pages carry a nonce-based CSP that every script on them honours', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/signin');
  const policy = response?.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(response?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(response?.headers()['x-request-id']).toMatch(/^[A-Za-z0-9._:-]{8,}$/);
  // Over http there is no HSTS (it would be ignored, and would lock out a plain-http LAN install).
  expect(response?.headers()['strict-transport-security']).toBeUndefined();

  const inline = await page.evaluate(() => [...document.querySelectorAll('script')].map((script) => ({ src: script.src, nonce: script.nonce })));
  expect(inline.length).toBeGreaterThan(0);
  for (const script of inline) expect(script.nonce, `script ${script.src || '(inline)'} without the nonce`).toBe(nonce);

  // The page works (hydrated under the policy) and a fresh request gets a fresh nonce.
  await signInAs(page, 'reviewer1');
  const again = await page.goto('/');
  expect(/'nonce-([^']+)'/.exec(again?.headers()['content-security-policy'] ?? '')?.[1]).not.toBe(nonce);
  expect(violations).toEqual([]);
  page.removeAllListeners('console');

  // Markup injected into the page cannot run script: inline event handlers are refused.
  const ran = await page.evaluate(async () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onload="window.__injected = true" onerror="window.__injected = true">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test('API answers load nothing, say HSTS behind https, and carry the request id they were given', async ({ anonApi }) => {
  const health = await anonApi.get('/api/health', { headers: { 'x-request-id': 'lb-check-0001', 'x-forwarded-proto': 'https' } });
  expect(health.headers()['content-security-policy']).toMatch(/^default-src 'none'/);
  expect(health.headers()['x-request-id']).toBe('lb-check-0001');
  expect(health.headers()['strict-transport-security']).toMatch(/^max-age=\d+/);
  const forged = await anonApi.get('/api/health', { headers: { 'x-request-id': 'a b<script>' } });
  expect(forged.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});
