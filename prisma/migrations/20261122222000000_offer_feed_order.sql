-- Up Migration
-- The open offer feed (/api/angebote.json) pages through published offers in order of their
-- last change (updatedAt, id), NRW-wide and per region.
CREATE INDEX "Offer_updatedAt_id_idx" ON "Offer"("updatedAt", "id");
