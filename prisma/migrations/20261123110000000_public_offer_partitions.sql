-- Up Migration
-- The search's read model in 16 partitions (by the hash of the region), each with its own
-- full-text index.
--
-- Why: an NRW-wide search ranks at most 1,001 matches, but a GIN index cannot stop early:
-- the bitmap of a common word ("Theaterwerkstatt": 18,000 of 800,000 offers) was built in
-- full (5 ms) before the first 1,001 were read. Over partitions, the scan reads one
-- partition after the other and stops where 1,001 matches are found, so the index work is
-- bounded by that limit too instead of growing with the number of offers (800,000 offers:
-- 14 → 7 ms for that query). A region's offers are all in one partition: its search reads
-- that one only.
--
-- Each partition carries the read model's policies itself, so a query that names a
-- partition meets the same region wall as one through "PublicOffer". An offer's dates stay in
-- ascending order (app_refresh_public_offer writes them so): the search reads the next date
-- from the first one where it can.
ALTER TABLE "PublicOffer" RENAME TO "PublicOfferUnpartitioned";
ALTER INDEX "PublicOffer_pkey" RENAME TO "PublicOfferUnpartitioned_pkey";
ALTER INDEX "PublicOffer_search_filters_idx" RENAME TO "PublicOfferUnpartitioned_search_filters_idx";

-- the same columns (their order too), keys and foreign keys. (The foreign keys come with the
-- table: added afterwards, their check of the existing rows would read "Offer" under its
-- forced region wall and find none of them.)
CREATE TABLE "PublicOffer" (
  LIKE "PublicOfferUnpartitioned",
  CONSTRAINT "PublicOffer_pkey" PRIMARY KEY ("regionId", "offerId"),
  CONSTRAINT "PublicOffer_offer_fkey" FOREIGN KEY ("regionId", "offerId") REFERENCES "Offer"("regionId", id) ON DELETE CASCADE,
  CONSTRAINT "PublicOffer_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"(id)
) PARTITION BY HASH ("regionId");

DO $do$
BEGIN
  FOR i IN 0..15 LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF "PublicOffer" FOR VALUES WITH (MODULUS 16, REMAINDER %s)', 'PublicOffer_' || i, i);
  END LOOP;
END
$do$;

-- the rows as they are (the old table's read policy lets the migration read them all)
INSERT INTO "PublicOffer" SELECT * FROM "PublicOfferUnpartitioned";
DROP TABLE "PublicOfferUnpartitioned";

CREATE INDEX "PublicOffer_search_filters_idx" ON "PublicOffer" USING gin ("searchDocument", "targetGroups", "fieldSlugs");

DO $do$
DECLARE
  tbl regclass;
BEGIN
  FOR tbl IN SELECT '"PublicOffer"'::regclass UNION ALL SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = '"PublicOffer"'::regclass LOOP
    PERFORM app_enable_region_rls(tbl);
    EXECUTE format('CREATE POLICY public_read ON %s FOR SELECT USING (true)', tbl);
  END LOOP;
END
$do$;
