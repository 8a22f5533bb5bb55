import 'server-only';
// Who publishes the fact-checks (the ClaimReview author) and where the public
// fact-check pages live, from the environment; defaults point at the workbench.
import { config } from '../../config';
import type { Newsroom } from '../../exports/claim-review';

export function newsroomFromEnv(baseUrl: string): { newsroom: Newsroom; factCheckBaseUrl: string } {
  const { name, url, logo, factCheckBaseUrl } = config().newsroom;
  return {
    newsroom: { name: name || 'Corroborate fact-checking desk', url: url ?? baseUrl, ...(logo ? { logo } : {}) },
    factCheckBaseUrl: factCheckBaseUrl ?? new URL('articles/', baseUrl).href,
  };
}
