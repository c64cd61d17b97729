-- Up Migration
-- NRW-wide searches combine the words with filters for target groups and Handlungsfelder.
-- With the words alone in the index, PostgreSQL fetched every offer containing a common word
-- ("Robotik": 18,000 of 800,000) and threw most away on the filters; one GIN index over all
-- three columns finds only the offers that match words and filters (the first 1,001 of them
-- are ranked). Queries with the words alone use it as before.
CREATE INDEX "PublicOffer_search_filters_idx" ON "PublicOffer" USING gin ("searchDocument", "targetGroups", "fieldSlugs");
DROP INDEX "PublicOffer_searchDocument_idx";
