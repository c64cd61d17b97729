-- Up Migration
-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('CONFERENCE', 'SYMPOSIUM', 'EXCHANGE_FORUM');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('CONFIRMED', 'WAITING', 'CANCELLED');

-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "eventForumId" UUID,
ADD COLUMN     "eventId" UUID,
ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Event" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "kind" "EventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "location" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "registrationOpen" BOOLEAN NOT NULL DEFAULT true,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Event_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "EventForum" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "fieldOfActionId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,

    CONSTRAINT "EventForum_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "forumId" UUID,
    "name" TEXT NOT NULL,
    "institution" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "sequence" INTEGER NOT NULL,
    "cancelTokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateIndex
CREATE INDEX "Event_regionId_startsAt_idx" ON "Event"("regionId", "startsAt");

-- CreateIndex
CREATE INDEX "EventForum_regionId_eventId_position_idx" ON "EventForum"("regionId", "eventId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_regionId_cancelTokenHash_key" ON "Registration"("regionId", "cancelTokenHash");

-- CreateIndex
CREATE INDEX "Registration_regionId_eventId_status_sequence_idx" ON "Registration"("regionId", "eventId", "status", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_regionId_eventId_sequence_key" ON "Registration"("regionId", "eventId", "sequence");

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_regionId_eventId_fkey" FOREIGN KEY ("regionId", "eventId") REFERENCES "Event"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_regionId_eventForumId_fkey" FOREIGN KEY ("regionId", "eventForumId") REFERENCES "EventForum"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventForum" ADD CONSTRAINT "EventForum_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventForum" ADD CONSTRAINT "EventForum_regionId_eventId_fkey" FOREIGN KEY ("regionId", "eventId") REFERENCES "Event"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventForum" ADD CONSTRAINT "EventForum_regionId_fieldOfActionId_fkey" FOREIGN KEY ("regionId", "fieldOfActionId") REFERENCES "FieldOfAction"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_regionId_eventId_fkey" FOREIGN KEY ("regionId", "eventId") REFERENCES "Event"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_regionId_forumId_fkey" FOREIGN KEY ("regionId", "forumId") REFERENCES "EventForum"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;


-- Hand-written (issue 6) ----------------------------------------------------------------
-- One live registration per e-mail address and event (a cancelled one may register again).
CREATE UNIQUE INDEX "Registration_active_email_key" ON "Registration" ("regionId", "eventId", lower("email")) WHERE "status" <> 'CANCELLED';
ALTER TABLE "Event" ADD CONSTRAINT "Event_capacity_check" CHECK ("capacity" BETWEEN 1 AND 100000);

SELECT app_enable_region_rls('"Event"');
SELECT app_enable_region_rls('"EventForum"');
SELECT app_enable_region_rls('"Registration"');

-- Events, their programme and recommendations are shown on public pages (cache key).
CREATE CONSTRAINT TRIGGER app_public_version AFTER INSERT OR UPDATE OR DELETE ON "Event" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app_bump_public_version();
CREATE CONSTRAINT TRIGGER app_public_version AFTER INSERT OR UPDATE OR DELETE ON "EventForum" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app_bump_public_version();
CREATE CONSTRAINT TRIGGER app_public_version AFTER INSERT OR UPDATE OR DELETE ON "Recommendation" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app_bump_public_version();
