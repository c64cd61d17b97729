-- Up Migration
-- Invitations per region (issue 19, finding 1): an invitation never hands out a credential
-- for a login that another region created or that already exists, and a region's user list
-- shows only what belongs to the region.

-- The region whose invitation created the login: only it may send a pending login a new link.
ALTER TABLE "User" ADD COLUMN "createdByRegionId" UUID;
ALTER TABLE "User" ADD CONSTRAINT "User_createdByRegionId_fkey" FOREIGN KEY ("createdByRegionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What the region knows of a person: the name its lead typed, and when she first opened the
-- region's internal area ("Einladung angenommen"), instead of the account's name and last login.
ALTER TABLE "RegionRole" ADD COLUMN "acceptedAt" TIMESTAMPTZ(3),
ADD COLUMN "invitedName" TEXT;

-- Marking an invitation accepted must not end the person's sessions: the trigger now fires
-- only when who holds which role changes.
DROP TRIGGER region_role_ends_sessions ON "RegionRole";
CREATE TRIGGER region_role_ends_sessions
  AFTER INSERT OR DELETE OR UPDATE OF "regionId", "userId", "role" ON "RegionRole"
  FOR EACH ROW EXECUTE FUNCTION app_bump_session_version_on_role_change();

-- Rows that existed before: the name they were shown with so far; accepted if the person has
-- ever logged in; a pending login with roles in one region only was created by that region.
-- The owner sees no rows behind the forced region wall, so it steps aside for these updates
-- inside this transaction.
ALTER TABLE "RegionRole" NO FORCE ROW LEVEL SECURITY;
UPDATE "RegionRole" r
  SET "invitedName" = u."name",
      "acceptedAt" = CASE WHEN u."lastLoginAt" IS NOT NULL THEN r."createdAt" END
  FROM "User" u
  WHERE u."id" = r."userId";
UPDATE "User" u
  SET "createdByRegionId" = single."regionId"
  FROM (
    SELECT "userId", (array_agg(DISTINCT "regionId"))[1] AS "regionId"
    FROM "RegionRole"
    GROUP BY "userId"
    HAVING count(DISTINCT "regionId") = 1
  ) single
  WHERE single."userId" = u."id" AND u."passwordHash" = '!eingeladen';
ALTER TABLE "RegionRole" FORCE ROW LEVEL SECURITY;
