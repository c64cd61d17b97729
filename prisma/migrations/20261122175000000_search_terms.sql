-- Up Migration
-- Typos and German compound words through a vocabulary instead of per-row similarity.
-- Before, every search compared the query with the title and summary of every offer in
-- scope (pg_trgm word_similarity): ~70 ms for one region of 2,000 offers, whatever the
-- query. Now the words of published offers' titles and summaries are collected once in
-- "SearchTerm" (one row per folded word, all regions together: a German vocabulary, which
-- stops growing long before 400 regions); a search looks up words similar to each query
-- word ("robtik" → "robotik") or containing it ("werkstatt" → "forscherwerkstatt") in that
-- small table, and the full-text query asks for any of them (lib/offers/search-offers.ts).
-- The table holds bare words of published offers, nothing that tells a region or an offer.
CREATE TABLE "SearchTerm" (
  "term" TEXT NOT NULL,
  CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);
CREATE INDEX "SearchTerm_term_trgm_idx" ON "SearchTerm" USING gin (term gin_trgm_ops);

CREATE FUNCTION app_offer_terms(title text, summary text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $fn$
    SELECT DISTINCT w FROM regexp_split_to_table(public.app_fold_german(coalesce(title, '') || ' ' || coalesce(summary, '')), '[^a-z0-9]+') AS w
     WHERE length(w) BETWEEN 3 AND 60
  $fn$;

CREATE FUNCTION app_collect_search_terms() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
  BEGIN
    INSERT INTO public."SearchTerm"(term) SELECT t FROM public.app_offer_terms(NEW.title, NEW.summary) AS t ON CONFLICT DO NOTHING;
    RETURN NULL;
  END
  $fn$;
CREATE TRIGGER app_search_terms AFTER INSERT OR UPDATE OF title, summary, status ON "Offer"
  FOR EACH ROW WHEN (NEW.status = 'PUBLISHED') EXECUTE FUNCTION app_collect_search_terms();

-- Words of the offers published so far (read through the public catalogue's policy).
SELECT set_config('app.public_catalogue', 'on', true);
INSERT INTO "SearchTerm"(term)
  SELECT DISTINCT t FROM "Offer" o, app_offer_terms(o.title, o.summary) AS t WHERE o.status = 'PUBLISHED' AND o."deletedAt" IS NULL
  ON CONFLICT DO NOTHING;
SELECT set_config('app.public_catalogue', '', true);

-- The per-offer trigram index is no longer used.
DROP INDEX "Offer_search_trigram_idx";
DROP FUNCTION app_offer_trigram_text(text, text);

REVOKE UPDATE, DELETE ON "SearchTerm" FROM bildungsnetz_app;
GRANT EXECUTE ON FUNCTION app_offer_terms(text, text), app_collect_search_terms() TO bildungsnetz_app;
