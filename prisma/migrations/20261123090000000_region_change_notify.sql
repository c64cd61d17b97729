-- Up Migration
-- Every server process keeps the regions its public pages look up (slug → region with its
-- "publicVersion", lib/regions/public-region.ts) instead of asking the database on every
-- request. It listens on this channel: any change of a region row — including the counter
-- the triggers of migration "public_version" raise at commit — names the region's id once
-- the transaction commits, and the processes drop that region. A rolled-back change sends
-- nothing; identical names in one transaction are sent once.
CREATE FUNCTION app_notify_region_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
  BEGIN
    PERFORM pg_notify('region_changed', CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END::text);
    RETURN NULL;
  END
  $fn$;
CREATE TRIGGER app_region_changed AFTER INSERT OR UPDATE OR DELETE ON "Region" FOR EACH ROW EXECUTE FUNCTION app_notify_region_change();
-- A district's name is shown with its regions.
CREATE FUNCTION app_notify_district_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
  BEGIN
    PERFORM pg_notify('region_changed', '*');
    RETURN NULL;
  END
  $fn$;
CREATE TRIGGER app_district_changed AFTER UPDATE OR DELETE ON "GovernmentDistrict" FOR EACH STATEMENT EXECUTE FUNCTION app_notify_district_change();
GRANT EXECUTE ON FUNCTION app_notify_region_change(), app_notify_district_change() TO bildungsnetz_app;
