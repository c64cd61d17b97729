-- Up Migration
-- The public catalogue: the NRW-wide offer search reads published offers of every region.
-- A transaction that sets app.public_catalogue = 'on' (and no region; lib/db withPublicCatalogue)
-- may SELECT published, undeleted offers and only what describes them: their dates,
-- Handlungsfeld links and places, and the (public) Handlungsfelder and localities. Nothing
-- else becomes visible, and nothing becomes writable: these policies are FOR SELECT only.
CREATE FUNCTION app_public_catalogue() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $fn$ SELECT coalesce(current_setting('app.public_catalogue', true), '') = 'on' $fn$;

CREATE POLICY public_catalogue ON "Offer" FOR SELECT
  USING (app_public_catalogue() AND status = 'PUBLISHED' AND "deletedAt" IS NULL);
-- The sub-selects below see "Offer" through its own policies, i.e. only published offers.
CREATE POLICY public_catalogue ON "OfferDate" FOR SELECT
  USING (app_public_catalogue() AND EXISTS (SELECT 1 FROM "Offer" o WHERE o."regionId" = "OfferDate"."regionId" AND o.id = "OfferDate"."offerId"));
CREATE POLICY public_catalogue ON "OfferFieldOfAction" FOR SELECT
  USING (app_public_catalogue() AND EXISTS (SELECT 1 FROM "Offer" o WHERE o."regionId" = "OfferFieldOfAction"."regionId" AND o.id = "OfferFieldOfAction"."offerId"));
CREATE POLICY public_catalogue ON "Place" FOR SELECT
  USING (app_public_catalogue() AND EXISTS (SELECT 1 FROM "Offer" o WHERE o."regionId" = "Place"."regionId" AND o."placeId" = "Place".id));
CREATE POLICY public_catalogue ON "FieldOfAction" FOR SELECT USING (app_public_catalogue());
CREATE POLICY public_catalogue ON "Locality" FOR SELECT USING (app_public_catalogue());

GRANT EXECUTE ON FUNCTION app_public_catalogue() TO bildungsnetz_app;
