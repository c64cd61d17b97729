-- Up Migration
-- German full-text search over offers (issue 7, first part).
-- Spellings: "ä/ö/ü/ß" are folded to "ae/oe/ue/ss" and other accents removed before the
-- German Snowball stemmer runs, so "Mädchen", "Maedchen" and "Madchen" meet, and
-- "Schulen" finds "Schule". Small typos are caught by trigram word similarity on the folded
-- title and summary (pg_trgm). Both sit in expression indexes, so Prisma's schema is unchanged.
-- Function bodies name their schema: PostgreSQL 17+ builds indexes with a restricted search_path.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION app_fold_german(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $fn$
    SELECT public.unaccent('public.unaccent'::regdictionary,
      replace(replace(replace(replace(lower(value), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'))
  $fn$;

-- Title weighs most, then the summary, then the description.
CREATE FUNCTION app_offer_document(title text, summary text, description text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $fn$
    SELECT setweight(to_tsvector('pg_catalog.german'::regconfig, public.app_fold_german(coalesce(title, ''))), 'A')
        || setweight(to_tsvector('pg_catalog.german'::regconfig, public.app_fold_german(coalesce(summary, ''))), 'B')
        || setweight(to_tsvector('pg_catalog.german'::regconfig, public.app_fold_german(coalesce(description, ''))), 'C')
  $fn$;

-- What typos are matched against: title and summary, folded.
CREATE FUNCTION app_offer_trigram_text(title text, summary text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $fn$ SELECT public.app_fold_german(coalesce(title, '') || ' ' || coalesce(summary, '')) $fn$;

CREATE INDEX "Offer_search_document_idx" ON "Offer" USING gin (app_offer_document(title, summary, description));
CREATE INDEX "Offer_search_trigram_idx" ON "Offer" USING gin (app_offer_trigram_text(title, summary) gin_trgm_ops);
CREATE INDEX "OfferDate_regionId_offerId_startsAt_idx" ON "OfferDate" ("regionId", "offerId", "startsAt");

GRANT EXECUTE ON FUNCTION app_fold_german(text), app_offer_document(text, text, text), app_offer_trigram_text(text, text) TO bildungsnetz_app;
