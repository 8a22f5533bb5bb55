-- Search and matching in any script (README "Articles in any script"). SQL only: the schema is unchanged.
-- PGlite loads unaccent as a contrib extension (scripts/db/embedded-postgres.ts).
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The twin of foldScriptVariants (lib/articles/search-text.ts): NFKC, Arabic-script marks dropped,
-- letter variants and digits unified, the zero-width non-joiner and every space run read as one space.
-- tests/integration/article-search.test.ts holds the two to the same answers.
CREATE FUNCTION corroborate_fold_letters(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    translate(regexp_replace(normalize(t, NFKC), '[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]', '', 'g'),
              'یىکأإآٱۀ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', 'ييكااااه01234567890123456789'),
    '[\t\n\v\f\r \u1680\u2028\u2029\ufeff\u200c]+', ' ', 'g'), ' ')
$$;

-- What a search compares: the folded letters, Latin accents removed, lower case. unaccent() is only
-- STABLE (its dictionary could be changed); naming the dictionary makes the call safe to index.
CREATE FUNCTION corroborate_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT lower(public.unaccent('public.unaccent'::regdictionary, public.corroborate_fold_letters(t)))
$$;

-- The twin of textSearchConfig (lib/articles/search-text.ts): the stemmer for an article's language, else 'simple'.
CREATE FUNCTION corroborate_search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT (CASE split_part(lower(language), '-', 1)
    WHEN 'ar' THEN 'arabic' WHEN 'ca' THEN 'catalan' WHEN 'da' THEN 'danish' WHEN 'de' THEN 'german'
    WHEN 'el' THEN 'greek' WHEN 'en' THEN 'english' WHEN 'es' THEN 'spanish' WHEN 'eu' THEN 'basque'
    WHEN 'fi' THEN 'finnish' WHEN 'fr' THEN 'french' WHEN 'ga' THEN 'irish' WHEN 'hi' THEN 'hindi'
    WHEN 'hu' THEN 'hungarian' WHEN 'hy' THEN 'armenian' WHEN 'id' THEN 'indonesian' WHEN 'it' THEN 'italian'
    WHEN 'lt' THEN 'lithuanian' WHEN 'nb' THEN 'norwegian' WHEN 'ne' THEN 'nepali' WHEN 'nl' THEN 'dutch'
    WHEN 'nn' THEN 'norwegian' WHEN 'no' THEN 'norwegian' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian'
    WHEN 'ru' THEN 'russian' WHEN 'sr' THEN 'serbian' WHEN 'sv' THEN 'swedish' WHEN 'ta' THEN 'tamil'
    WHEN 'tr' THEN 'turkish' WHEN 'yi' THEN 'yiddish' ELSE 'simple' END)::regconfig
$$;

-- Claims are folded like passages (lib/claims/claim-text.ts normalizeClaimText now folds script variants).
UPDATE "Claim" SET "normalizedText" = corroborate_fold_letters("normalizedText");
-- Claims matched against a passage in a language PostgreSQL cannot stem are compared word for word.
CREATE INDEX "Claim_normalizedText_simple_tsv_idx" ON "Claim" USING GIN (to_tsvector('simple', "normalizedText"));
