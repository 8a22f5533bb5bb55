// The project a person last chose in the header's switcher, remembered across
// pages in a plain cookie (not a secret: the server checks the id against the
// person's own projects on every read, and a `?project=` in the URL wins).
export const PROJECT_COOKIE = 'corroborate-project';

/** A year: the choice is a convenience, kept until changed. */
export const PROJECT_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The pages whose lists follow the chosen project, where the switcher keeps you. */
export const PROJECT_SCOPED_PATHS = ['/', '/review', '/exports'] as const;

/** The Set-Cookie string for the browser: `id`, or '' to forget the choice ("All my projects"). */
export function projectCookieString(id: string): string {
  const age = id ? PROJECT_COOKIE_MAX_AGE_SECONDS : 0;
  return `${PROJECT_COOKIE}=${encodeURIComponent(id)}; Path=/; Max-Age=${age}; SameSite=Lax`;
}
