import 'server-only';
// Who publishes the fact-checks (the ClaimReview author) and where the public
// fact-check pages live, from the environment; defaults point at the workbench.
import type { Newsroom } from '../../exports/claim-review';

export function newsroomFromEnv(baseUrl: string): { newsroom: Newsroom; factCheckBaseUrl: string } {
  const url = process.env.NEWSROOM_URL?.trim() || baseUrl;
  return {
    newsroom: { name: process.env.NEWSROOM_NAME?.trim() || 'Corroborate fact-checking desk', url, ...(process.env.NEWSROOM_LOGO?.trim() ? { logo: process.env.NEWSROOM_LOGO.trim() } : {}) },
    factCheckBaseUrl: process.env.FACT_CHECK_BASE_URL?.trim() || new URL('articles/', baseUrl).href,
  };
}
