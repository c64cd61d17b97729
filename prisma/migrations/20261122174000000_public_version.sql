-- Up Migration
-- Cache invalidation for the public pages, by the database itself: every statement that
-- changes something a public page shows counts up its region's "publicVersion" in the same
-- transaction. Cached public reads are keyed by that number (lib/public-cache), so a change
-- is visible with the next request after its commit — whichever process, script or server
-- instance made it — and no server action can forget to invalidate.
ALTER TABLE "Region" ADD COLUMN "publicVersion" integer NOT NULL DEFAULT 0;

-- Deferred to the commit, once per region and transaction: the region row is locked last,
-- after every other row the transaction writes, so two writers of one region queue at the
-- commit instead of deadlocking in the middle.
CREATE FUNCTION app_bump_public_version() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
  DECLARE
    region uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."regionId" ELSE NEW."regionId" END;
    flag text := 'app.public_bumped_' || replace(region::text, '-', '');
  BEGIN
    IF coalesce(current_setting(flag, true), '') <> 'on' THEN
      UPDATE public."Region" SET "publicVersion" = "publicVersion" + 1 WHERE id = region;
      PERFORM set_config(flag, 'on', true);
    END IF;
    RETURN NULL;
  END
  $fn$;

-- The region's own row: any change but the counter itself counts it up.
CREATE FUNCTION app_bump_own_public_version() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
  BEGIN
    IF (to_jsonb(NEW) - 'publicVersion') IS DISTINCT FROM (to_jsonb(OLD) - 'publicVersion') THEN
      NEW."publicVersion" := OLD."publicVersion" + 1;
    END IF;
    RETURN NEW;
  END
  $fn$;
CREATE TRIGGER app_public_version BEFORE UPDATE ON "Region" FOR EACH ROW EXECUTE FUNCTION app_bump_own_public_version();

-- Everything the public pages show of a region (meeting minutes, people and memberships are
-- read uncached by their pages).
DO $do$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Body', 'FieldOfAction', 'Locality', 'Place', 'Partner', 'Offer', 'OfferDate', 'OfferFieldOfAction', 'Meeting', 'AgendaItem', 'Decision', 'LegalPage'] LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER app_public_version AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app_bump_public_version()', t);
  END LOOP;
END
$do$;

GRANT EXECUTE ON FUNCTION app_bump_public_version(), app_bump_own_public_version() TO bildungsnetz_app;
