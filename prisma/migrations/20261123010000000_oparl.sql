-- Up Migration
-- OParl 1.1 (lib/oparl): every published object needs "created" and "modified", and an object
-- that was public once and is gone (deleted, made internal, consent withdrawn) must appear as
-- a tombstone ("deleted": true) so that mirrors drop it. The database keeps both facts itself,
-- so no write path can forget them.

CREATE OR REPLACE FUNCTION app_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- clock_timestamp(): the moment of the change, never before the row was created in the same transaction
  NEW."updatedAt" := clock_timestamp();
  RETURN NEW;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Region', 'Body', 'Person', 'Membership', 'AgendaItem', 'Decision', 'Recommendation', 'Document'] LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now()', t);
    EXECUTE format('CREATE TRIGGER app_touch_updated_at BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION app_touch_updated_at()', t);
  END LOOP;
END $$;
-- Rows that existed before: their last known change is their creation (AgendaItem has no
-- creation time; it takes its meeting's).
UPDATE "Region" SET "updatedAt" = "createdAt";
UPDATE "Body" SET "updatedAt" = "createdAt";
UPDATE "Person" SET "updatedAt" = "createdAt";
UPDATE "Membership" SET "updatedAt" = GREATEST("createdAt", COALESCE("endedAt", "createdAt"));
UPDATE "Decision" SET "updatedAt" = "createdAt";
UPDATE "Recommendation" SET "updatedAt" = "createdAt";
UPDATE "Document" SET "updatedAt" = COALESCE("deletedAt", "createdAt");
ALTER TABLE "AgendaItem" ADD COLUMN "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now();
UPDATE "AgendaItem" a SET "createdAt" = m."createdAt", "updatedAt" = m."updatedAt"
  FROM "Meeting" m WHERE m."regionId" = a."regionId" AND m."id" = a."meetingId";

-- "Was this ever published?" — only such rows may appear as tombstones.
CREATE OR REPLACE FUNCTION app_remember_public() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."everPublic" := COALESCE(NEW."everPublic", false) OR NEW."isPublic";
  RETURN NEW;
END $$;
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Meeting', 'AgendaItem', 'Decision', 'Recommendation', 'Document'] LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN "everPublic" BOOLEAN NOT NULL DEFAULT false', t);
    EXECUTE format('UPDATE %I SET "everPublic" = "isPublic"', t);
    EXECUTE format('CREATE TRIGGER app_remember_public BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION app_remember_public()', t);
  END LOOP;
END $$;

-- A person: named in the open data only with publication consent, their e-mail address only
-- with a consent of its own.
ALTER TABLE "Person" ADD COLUMN "emailConsent" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Person" ADD COLUMN "everPublic" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Person" SET "everPublic" = "publicationConsent";
CREATE OR REPLACE FUNCTION app_remember_consent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."everPublic" := COALESCE(NEW."everPublic", false) OR NEW."publicationConsent";
  -- Without publication consent the address is never published either.
  IF NOT NEW."publicationConsent" THEN NEW."emailConsent" := false; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER app_remember_consent BEFORE INSERT OR UPDATE ON "Person" FOR EACH ROW EXECUTE FUNCTION app_remember_consent();

-- The OParl lists page through (modified, id) per region.
CREATE INDEX "Meeting_regionId_updatedAt_id_idx" ON "Meeting" ("regionId", "updatedAt", "id");
CREATE INDEX "AgendaItem_regionId_updatedAt_id_idx" ON "AgendaItem" ("regionId", "updatedAt", "id");

-- An OParl object embeds its parts (a meeting its agenda items and files, an agenda item its
-- result, a person their memberships): a change of a part is a change of the whole.
CREATE OR REPLACE FUNCTION app_touch_parent() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE parent_table text := TG_ARGV[0]; parent_key text := TG_ARGV[1]; parent_id uuid;
BEGIN
  EXECUTE format('SELECT ($1).%I', parent_key) INTO parent_id USING NEW;
  IF parent_id IS NOT NULL THEN
    EXECUTE format('UPDATE %I SET "updatedAt" = clock_timestamp() WHERE "regionId" = $1 AND "id" = $2', parent_table) USING NEW."regionId", parent_id;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    EXECUTE format('SELECT ($1).%I', parent_key) INTO parent_id USING OLD;
    IF parent_id IS NOT NULL THEN
      EXECUTE format('UPDATE %I SET "updatedAt" = clock_timestamp() WHERE "regionId" = $1 AND "id" = $2', parent_table) USING OLD."regionId", parent_id;
    END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER app_touch_meeting AFTER INSERT OR UPDATE ON "AgendaItem" FOR EACH ROW EXECUTE FUNCTION app_touch_parent('Meeting', 'meetingId');
CREATE TRIGGER app_touch_meeting AFTER INSERT OR UPDATE ON "Document" FOR EACH ROW EXECUTE FUNCTION app_touch_parent('Meeting', 'meetingId');
CREATE TRIGGER app_touch_agenda_item AFTER INSERT OR UPDATE ON "Decision" FOR EACH ROW EXECUTE FUNCTION app_touch_parent('AgendaItem', 'agendaItemId');
CREATE TRIGGER app_touch_recommendation AFTER INSERT OR UPDATE ON "Decision" FOR EACH ROW EXECUTE FUNCTION app_touch_parent('Recommendation', 'recommendationId');
CREATE TRIGGER app_touch_person AFTER INSERT OR UPDATE ON "Membership" FOR EACH ROW EXECUTE FUNCTION app_touch_parent('Person', 'personId');

-- OParl's File carries a SHA-512 (sha1Checksum is deprecated); computed when a file is
-- stored or, for older files, when it is published.
ALTER TABLE "Document" ADD COLUMN "sha512" TEXT NOT NULL DEFAULT '';
