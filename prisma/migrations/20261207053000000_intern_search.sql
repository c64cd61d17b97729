-- Up Migration
-- Internal search (issue 20): German full text over meetings, TOPs, minutes, decisions,
-- assignments, recommendations and documents. Same folding (ä → ae …) and German stemming as
-- the offer search (migration offer_search). The document is stored, not an expression index:
-- under Row-Level Security the text-search match is not leakproof, so PostgreSQL filters by
-- region first and then checks each row of the region; with an expression it re-ran the
-- stemmer on every row for every search (3.8 s for one word on 5,000 TOPs, bench/search.ts),
-- a stored tsvector is only read. The GIN indexes serve searches without a region wall.
-- Function bodies name their schema: PostgreSQL 17+ builds indexes with a restricted search_path.
CREATE FUNCTION app_intern_document(heading text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $fn$
    SELECT setweight(to_tsvector('pg_catalog.german'::regconfig, public.app_fold_german(coalesce(heading, ''))), 'A')
        || setweight(to_tsvector('pg_catalog.german'::regconfig, public.app_fold_german(coalesce(body, ''))), 'B')
  $fn$;
GRANT EXECUTE ON FUNCTION app_intern_document(text, text) TO bildungsnetz_app;

ALTER TABLE "Meeting" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (app_intern_document(title, location)) STORED;
ALTER TABLE "AgendaItem" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (app_intern_document(title, description)) STORED;
ALTER TABLE "Minutes" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (app_intern_document('', preamble)) STORED;
ALTER TABLE "MinutesEntry" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (app_intern_document('', text)) STORED;
ALTER TABLE "Decision" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (app_intern_document(number, text || ' ' || reason)) STORED;
ALTER TABLE "Assignment" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (app_intern_document(title, description || ' ' || "progressNotes")) STORED;
ALTER TABLE "Recommendation" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (app_intern_document(title, text || ' ' || forum)) STORED;
ALTER TABLE "Document" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (app_intern_document(title, "fileName")) STORED;

CREATE INDEX "Meeting_searchDocument_idx" ON "Meeting" USING gin ("searchDocument");
CREATE INDEX "AgendaItem_searchDocument_idx" ON "AgendaItem" USING gin ("searchDocument");
CREATE INDEX "Minutes_searchDocument_idx" ON "Minutes" USING gin ("searchDocument");
CREATE INDEX "MinutesEntry_searchDocument_idx" ON "MinutesEntry" USING gin ("searchDocument");
CREATE INDEX "Decision_searchDocument_idx" ON "Decision" USING gin ("searchDocument");
CREATE INDEX "Assignment_searchDocument_idx" ON "Assignment" USING gin ("searchDocument");
CREATE INDEX "Recommendation_searchDocument_idx" ON "Recommendation" USING gin ("searchDocument");
CREATE INDEX "Document_searchDocument_idx" ON "Document" USING gin ("searchDocument");
