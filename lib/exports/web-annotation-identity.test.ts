import { describe, expect, it } from 'vitest';
import { NO_IDENTITY, identityOnCreate, identityOnReplace } from './web-annotation-identity';

const CANONICAL = 'urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df';

describe('identityOnCreate', () => {
  it('keeps canonical as sent and moves the client id into via, after the via it sent', () => {
    expect(identityOnCreate({ id: 'https://client.example/anno/1', canonical: CANONICAL, via: ['https://origin.example/a'] })).toEqual({
      canonical: CANONICAL,
      via: ['https://origin.example/a', 'https://client.example/anno/1'],
    });
  });

  it('does not repeat an id already in via, and gives nothing when nothing was sent', () => {
    expect(identityOnCreate({ id: 'urn:x:1', canonical: null, via: ['urn:x:1'] })).toEqual({ canonical: null, via: ['urn:x:1'] });
    expect(identityOnCreate({ id: null, canonical: null, via: [] })).toEqual(NO_IDENTITY);
  });
});

describe('identityOnReplace', () => {
  const stored = { canonical: CANONICAL, via: ['urn:x:1', 'urn:x:2'] };

  it('keeps what is stored when the update repeats it or leaves it out', () => {
    expect(identityOnReplace(stored, { canonical: CANONICAL, via: ['urn:x:2', 'urn:x:1'] })).toEqual({ ok: true, identity: stored });
    expect(identityOnReplace(stored, { canonical: null, via: [] })).toEqual({ ok: true, identity: stored });
  });

  it('sets canonical and via where there were none', () => {
    expect(identityOnReplace(NO_IDENTITY, { canonical: CANONICAL, via: ['urn:x:9'] })).toEqual({ ok: true, identity: { canonical: CANONICAL, via: ['urn:x:9'] } });
  });

  it('refuses another canonical, naming the one it has', () => {
    const change = identityOnReplace(stored, { canonical: 'urn:uuid:00000000-0000-4000-8000-000000000000', via: [] });
    expect(change.ok).toBe(false);
    if (!change.ok) expect(change.message).toContain(`canonical IRI is ${CANONICAL}`);
  });

  it('refuses other via IRIs once some are set, added or removed', () => {
    expect(identityOnReplace(stored, { canonical: null, via: ['urn:x:1'] }).ok).toBe(false);
    expect(identityOnReplace(stored, { canonical: null, via: ['urn:x:1', 'urn:x:2', 'urn:x:3'] }).ok).toBe(false);
  });
});
