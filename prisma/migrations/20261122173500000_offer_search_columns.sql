-- Up Migration
-- Search at the scale of all German districts (800,000 offers, bench/seed-public.ts):
-- the search document is stored instead of recomputed. With an expression index every
-- region-scoped search re-ran the German stemmer over every offer of the region to check
-- and rank it (1.6 s for "Schulen" in one region of 2,000 offers); a stored tsvector is read.
DROP INDEX "Offer_search_document_idx"; -- first, or the table rewrite would rebuild it
ALTER TABLE "Offer" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (app_offer_document(title, summary, description)) STORED;
CREATE INDEX "Offer_searchDocument_idx" ON "Offer" USING gin ("searchDocument");

-- The public catalogue's policy on places asks "is an offer published here?" per place.
CREATE INDEX "Offer_regionId_placeId_idx" ON "Offer" ("regionId", "placeId");
