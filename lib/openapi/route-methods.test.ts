import { describe, expect, it } from 'vitest';
import { matchRoute, routeTemplates } from './route-methods';

describe('matchRoute', () => {
  it('finds the route of a concrete path and what it allows, HEAD with GET and OPTIONS always', () => {
    expect(matchRoute('/api/articles')).toEqual({ template: '/api/articles', allow: ['GET', 'HEAD', 'OPTIONS', 'POST'], ownOptions: false });
    expect(matchRoute('/api/articles/7285ca81-3eef-4475-aed3-9dd5375df369/consensus')).toEqual({ template: '/api/articles/{id}/consensus', allow: ['GET', 'HEAD', 'OPTIONS'], ownOptions: false });
    expect(matchRoute('/api/tokens/x')?.allow).toEqual(['DELETE', 'OPTIONS']);
  });

  it('prefers a static segment to a parameter, as Next.js does', () => {
    expect(matchRoute('/api/exports/schema.json')?.template).toBe('/api/exports/schema.json');
    expect(matchRoute('/api/health/ready')?.template).toBe('/api/health/ready');
  });

  it('serves the container with and without its trailing slash', () => {
    expect(matchRoute('/annotations/')?.template).toBe('/annotations/');
    expect(matchRoute('/annotations')?.template).toBe('/annotations/');
    expect(matchRoute('/annotations/abc')).toEqual({ template: '/annotations/{id}', allow: ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PUT'], ownOptions: true });
  });

  it("covers next-auth's catch-all without HEAD, which next-auth refuses", () => {
    expect(matchRoute('/api/auth/session')).toEqual({ template: '/api/auth/{...nextauth}', allow: ['GET', 'OPTIONS', 'POST'], ownOptions: false });
    expect(matchRoute('/api/auth/callback/credentials')?.template).toBe('/api/auth/{...nextauth}');
    expect(matchRoute('/api/auth')).toBeNull();
  });

  it('matches nothing for paths no route file serves', () => {
    expect(matchRoute('/api/nope')).toBeNull();
    expect(matchRoute('/api/articles/x/y/z/w')).toBeNull();
    expect(matchRoute('/annotations/a/b')).toBeNull();
  });

  it('lists every template once', () => {
    const templates = routeTemplates().map((route) => route.template);
    expect(new Set(templates).size).toBe(templates.length);
    expect(templates).toContain('/api/auth/{...nextauth}');
  });
});
