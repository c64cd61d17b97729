-- Up Migration
-- Internal search (issue 20): German full text over meetings, TOPs, minutes, decisions,
-- assignments, recommendations and documents. Same folding (ä → ae …) and German stemming as
-- the offer search; the documents sit in GIN expression indexes, so Prisma's schema is unchanged.
-- A query must repeat the indexed expression exactly (lib/search/search-intern.ts).
-- Function bodies name their schema: PostgreSQL 17+ builds indexes with a restricted search_path.
CREATE FUNCTION app_intern_document(heading text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $fn$
    SELECT setweight(to_tsvector('pg_catalog.german'::regconfig, public.app_fold_german(coalesce(heading, ''))), 'A')
        || setweight(to_tsvector('pg_catalog.german'::regconfig, public.app_fold_german(coalesce(body, ''))), 'B')
  $fn$;

CREATE INDEX "Meeting_search_idx" ON "Meeting" USING gin (app_intern_document(title, location));
CREATE INDEX "AgendaItem_search_idx" ON "AgendaItem" USING gin (app_intern_document(title, description));
CREATE INDEX "MinutesEntry_search_idx" ON "MinutesEntry" USING gin (app_intern_document('', text));
CREATE INDEX "Minutes_search_idx" ON "Minutes" USING gin (app_intern_document('', preamble));
CREATE INDEX "Decision_search_idx" ON "Decision" USING gin (app_intern_document(number, text || ' ' || reason));
CREATE INDEX "Assignment_search_idx" ON "Assignment"
  USING gin (app_intern_document(title, description || ' ' || "progressNotes"));
CREATE INDEX "Recommendation_search_idx" ON "Recommendation"
  USING gin (app_intern_document(title, text || ' ' || forum));
CREATE INDEX "Document_search_idx" ON "Document" USING gin (app_intern_document(title, "fileName"));

GRANT EXECUTE ON FUNCTION app_intern_document(text, text) TO bildungsnetz_app;
