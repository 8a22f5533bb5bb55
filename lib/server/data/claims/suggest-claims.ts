import 'server-only';
import { validateSpan } from '../../../anchoring/selectors';
import { textSearchConfig } from '../../../articles/search-text';
import { MAX_SUGGESTION_PASSAGE_CHARS, MIN_SUGGESTION_SCORE, SUGGESTION_LIMIT, claimScore, normalizeClaimText } from '../../../articles/claim-text';
import type { ClaimSuggestion } from '../../../views/claim-views';
import { AppError } from '../../../errors';
import { Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';

type Candidate = { id: string; text: string; trigram: number; coverage: number; rank: number };

/**
 * The claims a passage of an article most likely states, best first, scored in
 * [0, 1] (lib/articles/claim-text.ts, claimScore). PostgreSQL does the matching:
 * candidates are the claims sharing a stemmed word with the passage (the
 * tsvector index, an OR of the passage's lexemes) or similar enough by
 * trigrams (the pg_trgm index); each is scored by trigram word similarity both
 * ways and by how many of the claim's lexemes the passage holds; ts_rank breaks ties.
 * Words are stemmed in the article's language where PostgreSQL has a stemmer for
 * it, else compared as written ('simple'); both sides are folded alike
 * (normalizeClaimText), so spelling variants of a script match. Without spaces
 * between words (Chinese, Japanese) the trigrams do the matching.
 */
export async function suggestClaims(_actor: Authorized<'claims:write'>, articleId: string, span: { start: number; end: number }, limit = SUGGESTION_LIMIT): Promise<ClaimSuggestion[]> {
  const article = await db().article.findUnique({ where: { id: articleId }, select: { text: true, language: true } });
  if (!article) throw new AppError('not_found', 'No article with that id.');
  const validation = validateSpan(article.text, { ...span, exact: article.text.slice(span.start, span.end) });
  if (!validation.ok) throw new AppError('bad_request', validation.message, { fields: [{ path: 'start', message: validation.reason }] });
  return suggestClaimsForText(article.text.slice(span.start, span.end), limit, article.language);
}

/** The ranking itself, for any passage text (the bench measures it on a labelled set). */
export async function suggestClaimsForText(passageText: string, limit = SUGGESTION_LIMIT, language = 'en'): Promise<ClaimSuggestion[]> {
  const passage = normalizeClaimText(passageText.slice(0, MAX_SUGGESTION_PASSAGE_CHARS));
  if (!passage) return [];
  // A literal from a fixed list, not a parameter: the expression indexes ('english', 'simple') match only a constant.
  const config = Prisma.raw(`'${textSearchConfig(language)}'::regconfig`);
  const candidates = await db().$queryRaw<Candidate[]>`
    WITH p AS (
      SELECT ${passage}::text AS t, tsvector_to_array(to_tsvector(${config}, ${passage}::text)) AS lexemes
    ), q AS (
      SELECT p.*, NULLIF(array_to_string(ARRAY(SELECT quote_literal(l) FROM unnest(p.lexemes) l), ' | '), '')::tsquery AS anyword FROM p
    )
    SELECT * FROM (SELECT c.id, c.text,
      greatest(word_similarity(c."normalizedText", q.t), word_similarity(q.t, c."normalizedText"))::float8 AS trigram,
      (SELECT count(*) FROM unnest(tsvector_to_array(to_tsvector(${config}, c."normalizedText"))) l WHERE l = ANY(q.lexemes))::float8
        / greatest(1, cardinality(tsvector_to_array(to_tsvector(${config}, c."normalizedText"))))::float8 AS coverage,
      coalesce(ts_rank(to_tsvector(${config}, c."normalizedText"), q.anyword, 32), 0)::float8 AS rank
    FROM "Claim" c, q
    WHERE (q.anyword IS NOT NULL AND to_tsvector(${config}, c."normalizedText") @@ q.anyword) OR c."normalizedText" % q.t) scored
    ORDER BY trigram + coverage DESC, rank DESC, id
    LIMIT 50`;
  return candidates
    .map((candidate) => ({ claimId: candidate.id, text: candidate.text, score: claimScore(candidate.trigram, candidate.coverage), rank: candidate.rank }))
    .filter((suggestion) => suggestion.score >= MIN_SUGGESTION_SCORE)
    .sort((a, b) => b.score - a.score || b.rank - a.rank || (a.claimId < b.claimId ? -1 : 1))
    .slice(0, limit)
    .map(({ claimId, score, text }) => ({ claimId, score, text }));
}
