-- Up Migration
-- The search's read model: one row per published offer with everything the search filters
-- and ranks on, kept current by triggers in the transaction of every change.
--
-- Why a table of its own: under Row-Level Security PostgreSQL evaluates a policy's condition
-- before any condition of the query that is not LEAKPROOF, and the full-text match (@@) is not.
-- On "Offer" the full-text index can therefore not be used; a region's search narrows by
-- regionId first (2,000 offers: fine), but the NRW-wide search read every published offer of
-- the country (1.7 s for a query that matched nothing, at 800,000 offers). Everything in
-- "PublicOffer" is public, so its read policy is simply true, and the planner uses the index.
-- Writes still go through the region wall (region_isolation).
CREATE TABLE "PublicOffer" (
  "regionId" uuid NOT NULL REFERENCES "Region"(id),
  "offerId" uuid NOT NULL,
  "searchDocument" tsvector NOT NULL,
  kind "OfferKind" NOT NULL,
  "targetGroups" "TargetGroup"[] NOT NULL,
  "isFree" boolean NOT NULL,
  "wheelchairAccessible" boolean NOT NULL,
  "easyLanguage" boolean NOT NULL,
  "localityId" uuid,
  "fieldSlugs" text[] NOT NULL,
  dates timestamptz[] NOT NULL,
  CONSTRAINT "PublicOffer_pkey" PRIMARY KEY ("regionId", "offerId"),
  CONSTRAINT "PublicOffer_offer_fkey" FOREIGN KEY ("regionId", "offerId") REFERENCES "Offer"("regionId", id) ON DELETE CASCADE
);
CREATE INDEX "PublicOffer_searchDocument_idx" ON "PublicOffer" USING gin ("searchDocument");
SELECT app_enable_region_rls('"PublicOffer"');
CREATE POLICY public_read ON "PublicOffer" FOR SELECT USING (true);

-- (Re)writes the row of one offer: present exactly while the offer is published and not deleted.
CREATE FUNCTION app_refresh_public_offer(region uuid, offer uuid) RETURNS void
  LANGUAGE sql
  AS $fn$
    DELETE FROM public."PublicOffer" WHERE "regionId" = region AND "offerId" = offer;
    INSERT INTO public."PublicOffer"("regionId", "offerId", "searchDocument", kind, "targetGroups", "isFree", "wheelchairAccessible", "easyLanguage", "localityId", "fieldSlugs", dates)
    SELECT o."regionId", o.id, o."searchDocument", o.kind, coalesce(o."targetGroups", ARRAY[]::"TargetGroup"[]), o."isFree", o."wheelchairAccessible", o."easyLanguage",
           (SELECT pl."localityId" FROM public."Place" pl WHERE pl."regionId" = o."regionId" AND pl.id = o."placeId"),
           ARRAY(SELECT fa.slug FROM public."OfferFieldOfAction" f JOIN public."FieldOfAction" fa ON fa."regionId" = f."regionId" AND fa.id = f."fieldOfActionId"
                  WHERE f."regionId" = o."regionId" AND f."offerId" = o.id ORDER BY fa.slug),
           ARRAY(SELECT d."startsAt" FROM public."OfferDate" d WHERE d."regionId" = o."regionId" AND d."offerId" = o.id ORDER BY d."startsAt")
      FROM public."Offer" o
     WHERE o."regionId" = region AND o.id = offer AND o.status = 'PUBLISHED' AND o."deletedAt" IS NULL;
  $fn$;

CREATE FUNCTION app_public_offer_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
  DECLARE
    r record := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  BEGIN
    IF TG_TABLE_NAME = 'Offer' THEN
      IF TG_OP <> 'DELETE' THEN PERFORM public.app_refresh_public_offer(r."regionId", r.id); END IF; -- a deleted offer's row goes by cascade
    ELSIF TG_TABLE_NAME IN ('OfferDate', 'OfferFieldOfAction') THEN
      PERFORM public.app_refresh_public_offer(r."regionId", r."offerId");
    ELSIF TG_TABLE_NAME = 'Place' THEN
      PERFORM public.app_refresh_public_offer(o."regionId", o.id) FROM public."Offer" o WHERE o."regionId" = r."regionId" AND o."placeId" = r.id;
    ELSIF TG_TABLE_NAME = 'FieldOfAction' THEN
      PERFORM public.app_refresh_public_offer(f."regionId", f."offerId") FROM public."OfferFieldOfAction" f WHERE f."regionId" = r."regionId" AND f."fieldOfActionId" = r.id;
    END IF;
    RETURN NULL;
  END
  $fn$;

CREATE TRIGGER app_public_offer AFTER INSERT OR UPDATE ON "Offer" FOR EACH ROW EXECUTE FUNCTION app_public_offer_changed();
CREATE TRIGGER app_public_offer AFTER INSERT OR UPDATE OR DELETE ON "OfferDate" FOR EACH ROW EXECUTE FUNCTION app_public_offer_changed();
CREATE TRIGGER app_public_offer AFTER INSERT OR UPDATE OR DELETE ON "OfferFieldOfAction" FOR EACH ROW EXECUTE FUNCTION app_public_offer_changed();
CREATE TRIGGER app_public_offer AFTER UPDATE OF "localityId" ON "Place" FOR EACH ROW EXECUTE FUNCTION app_public_offer_changed();
CREATE TRIGGER app_public_offer AFTER UPDATE OF slug ON "FieldOfAction" FOR EACH ROW EXECUTE FUNCTION app_public_offer_changed();

-- The offers published so far, region by region (the region wall checks every row).
DO $do$
DECLARE
  region uuid;
BEGIN
  FOR region IN SELECT id FROM "Region" LOOP
    PERFORM set_config('app.region_id', region::text, true);
    PERFORM app_refresh_public_offer(o."regionId", o.id) FROM "Offer" o WHERE o."regionId" = region AND o.status = 'PUBLISHED' AND o."deletedAt" IS NULL;
  END LOOP;
  PERFORM set_config('app.region_id', '', true);
END
$do$;

GRANT EXECUTE ON FUNCTION app_refresh_public_offer(uuid, uuid), app_public_offer_changed() TO bildungsnetz_app;
