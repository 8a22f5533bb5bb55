import 'server-only';
// An article's text and HTML at one revision, kept in each server process (issue 16). They are
// the same for as long as the revision exists: only creating an article and revising its text
// write them, and revising always writes a new revision number, so (article, revision) names
// one text for good (the key also holds the text's hash, so a database restored to an earlier
// state and revised again cannot meet an older process's entry). Every article page, article read and annotation write needs the text (35 kB
// with its HTML for a long article), and reading it from PostgreSQL each time cost more CPU than
// the rest of those statements together; now they read the revision number alone and take the
// text from here. Bounded by size, least recently used first out.
import { LRUCache } from 'lru-cache';
import { sqlPool } from '../../db/client';

export type RevisionText = { html: string; text: string };

/** What the cached revisions may hold in all, in UTF-16 code units of text and HTML (about 50 MB: some 700 long articles). */
const CACHE_CHARS = 24_000_000;

const cache = new LRUCache<string, RevisionText>({
  maxSize: CACHE_CHARS,
  sizeCalculation: (value) => Math.max(1, value.html.length + value.text.length),
});

export type RevisionKey = { articleId: string; revision: number; textHash: string };

const key = (at: RevisionKey) => `${at.articleId}:${at.revision}:${at.textHash}`;

/**
 * The text and HTML of the article at `revision`, from the cache or else `load` (which the caller
 * runs where it can see the revision: its own transaction, or the pool), remembered when found.
 */
export async function revisionText(at: RevisionKey, load: () => Promise<RevisionText | null>): Promise<RevisionText | null> {
  const cached = cache.get(key(at));
  if (cached) return cached;
  const loaded = await load();
  if (loaded) cache.set(key(at), { html: loaded.html, text: loaded.text });
  return loaded;
}

/**
 * Loads from the pool: the article row if it is still at that revision, else the revision's own
 * row (ArticleRevision keeps every revision's text, and annotations point into it).
 */
export function loadRevisionTextFromPool(at: RevisionKey): () => Promise<RevisionText | null> {
  return async () => {
    const { rows } = await sqlPool().query<RevisionText>(
      `SELECT html, text FROM "Article" WHERE id = $1::uuid AND revision = $2 AND "textHash" = $3
       UNION ALL
       SELECT html, text FROM "ArticleRevision" WHERE "articleId" = $1::uuid AND revision = $2 AND "textHash" = $3
       LIMIT 1`,
      [at.articleId, at.revision, at.textHash],
    );
    return rows[0] ?? null;
  };
}
