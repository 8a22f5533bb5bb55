// Reading the article addresses a Web Annotation target names: the workbench
// page of an article (`<base>articles/<id>`, minted by workbenchArticleUrl)
// read back to its id, and the spellings one public address may be stored
// under. Pure, so the container's queries and its PUT check agree on them.
import { isUuid } from '../validation/uuid';
import { resolveUnder } from './export-records';

/** The article id in a workbench article URL (`<base>articles/<id>`), or null for any other address. */
export function workbenchArticleId(url: string, baseUrl: string): string | null {
  const prefix = resolveUnder(baseUrl, 'articles/');
  if (!url.startsWith(prefix)) return null;
  let id: string;
  try {
    id = decodeURIComponent(url.slice(prefix.length));
  } catch {
    return null;
  }
  return isUuid(id) ? id.toLowerCase() : null;
}

/** The address as given and as the URL parser normalises it (a stored sourceUrl may be either). */
export function addressVariants(address: string): string[] {
  const variants = new Set([address]);
  if (URL.canParse(address)) variants.add(new URL(address).href);
  return [...variants];
}
