// The sign-in rate limit against the production build, with real TCP peers:
// each client binds its own loopback address (127.0.0.2, 127.0.0.3, …), which
// the app's server records as the peer. The app runs without TRUST_PROXY, so
// X-Forwarded-For is a client's claim and must change nothing. Each test has
// accounts of its own (made through the admin API) and addresses of its own.
import { PAIR_FAILURES } from '../../lib/security/sign-in-limits';
import { loopbackClient, waitOutThrottle } from '../fixtures/loopback';
import { createPerson } from '../fixtures/people';
import { expect, test } from '../fixtures/test';

test(`${PAIR_FAILURES} failures from one address lock that address out of the account; the owner elsewhere gets in; forged X-Forwarded-For changes nothing`, async ({ apiAs, baseURL }) => {
  test.setTimeout(150_000);
  const owner = await createPerson(await apiAs('admin'), { label: 'rate-pair' });
  const attacker = loopbackClient(baseURL!, '127.0.0.2');
  const ownerClient = loopbackClient(baseURL!, '127.0.0.3');

  for (let failure = 1; failure <= PAIR_FAILURES; failure += 1) {
    // Each failure claims another origin: believed, it would spread them over buckets.
    expect(await attacker.signIn({ email: owner.email, password: `guess-${failure}` }, { 'x-forwarded-for': `198.51.100.${failure}` })).toBe('wrong_credentials');
    if (failure < PAIR_FAILURES) await waitOutThrottle(attacker, owner.email);
  }

  // 127.0.0.2 is locked out of this account, whatever it claims to be, and even with the right password.
  const claims: Record<string, string>[] = [{}, { 'x-forwarded-for': '198.51.100.77' }, { 'x-forwarded-for': '127.0.0.3' }, { 'x-real-ip': '127.0.0.3', forwarded: 'for=127.0.0.3' }];
  for (const headers of claims) {
    expect(await attacker.signIn({ email: owner.email, password: owner.password }, headers)).toBe('locked');
  }
  const locked = await attacker.wait(owner.email, { 'x-forwarded-for': '198.51.100.77' });
  expect(locked.code).toBe('locked');
  expect(locked.retryAfterSeconds).toBeGreaterThan(10 * 60);

  // 127.0.0.3 (no forwarded header) is not in 127.0.0.2's bucket: only the account-wide delay holds it, briefly.
  const elsewhere = await ownerClient.wait(owner.email);
  expect(elsewhere.code === null || elsewhere.code === 'throttled').toBe(true);
  expect(elsewhere.retryAfterSeconds).toBeLessThanOrEqual(60);
  await waitOutThrottle(ownerClient, owner.email);
  expect(await ownerClient.signIn({ email: owner.email, password: owner.password })).toBeNull();

  // Still locked at 127.0.0.2 after the owner's success elsewhere.
  expect(await attacker.signIn({ email: owner.email, password: owner.password })).toBe('locked');
});

test('the account-wide delay holds every new address, but not one the owner signed in from before', async ({ apiAs, baseURL }) => {
  test.setTimeout(90_000);
  const owner = await createPerson(await apiAs('admin'), { label: 'rate-known' });
  const home = loopbackClient(baseURL!, '127.0.0.4');
  expect(await home.signIn(owner)).toBeNull();

  // A guesser spread over addresses: after two failures in a row the account waits 2 s after each.
  const guessers = ['127.0.0.5', '127.0.0.6'].map((address) => loopbackClient(baseURL!, address));
  expect(await guessers[0]!.signIn({ email: owner.email, password: 'guess-1' })).toBe('wrong_credentials');
  await waitOutThrottle(guessers[1]!, owner.email);
  expect(await guessers[1]!.signIn({ email: owner.email, password: 'guess-2' })).toBe('wrong_credentials');

  // A new address is refused unchecked, even with the right password; the owner's usual address is not held.
  const newcomer = loopbackClient(baseURL!, '127.0.0.7');
  expect(await newcomer.signIn(owner)).toBe('throttled');
  expect(await home.signIn(owner)).toBeNull();
});

test('parallel guesses for one account are counted one after another', async ({ apiAs, baseURL }) => {
  const owner = await createPerson(await apiAs('admin'), { label: 'rate-burst' });
  const clients = Array.from({ length: 8 }, (_, index) => loopbackClient(baseURL!, `127.0.0.${20 + index}`));
  const outcomes = await Promise.all(clients.map((client, index) => client.signIn({ email: owner.email, password: `burst-${index}` })));
  // At most the one-second delay's worth of guesses got checked (normally one); the rest were refused unchecked.
  const checked = outcomes.filter((outcome) => outcome === 'wrong_credentials').length;
  expect(checked).toBeGreaterThanOrEqual(1);
  expect(checked).toBeLessThanOrEqual(2);
  expect(outcomes.filter((outcome) => outcome === 'throttled')).toHaveLength(clients.length - checked);
});
