-- Up Migration
-- Initial schema of Bildungsnetz: all tables (authored with `prisma migrate diff`),
-- then the database wall: Row-Level Security on every region-owned table and the grants of
-- the app role. Runs as the owner role in one transaction (node-pg-migrate).

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bildungsnetz_app') THEN
    RAISE EXCEPTION 'Die Datenbankrolle bildungsnetz_app fehlt. Legen Sie sie vor der Migration an (siehe README, Abschnitt Produktion).';
  END IF;
END
$$;

CREATE EXTENSION IF NOT EXISTS citext;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('KREIS', 'KREISFREIE_STADT');

-- CreateEnum
CREATE TYPE "PlatformRole" AS ENUM ('PLATFORM_ADMIN', 'SUPERVISOR');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OFFICE_LEAD', 'OFFICE_STAFF', 'STEERING_MEMBER', 'CONFERENCE_MEMBER', 'PARTNER');

-- CreateEnum
CREATE TYPE "QuorumKind" AS ENUM ('MORE_THAN_HALF', 'AT_LEAST_HALF', 'FRACTION');

-- CreateEnum
CREATE TYPE "BodyKind" AS ENUM ('STEERING', 'CONFERENCE', 'OFFICE', 'WORKING_GROUP');

-- CreateEnum
CREATE TYPE "MemberFunction" AS ENUM ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'ADVISORY');

-- CreateEnum
CREATE TYPE "LocalityKind" AS ENUM ('MUNICIPALITY', 'QUARTER');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'INVITED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('INFORMATION', 'DISCUSSION', 'DECISION');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'EXCUSED', 'ABSENT');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('DRAFT', 'CIRCULATED', 'APPROVED');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('ADOPTED', 'ADOPTED_AMENDED', 'REJECTED', 'DEFERRED');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('SUBMITTED', 'FORWARDED', 'DECIDED');

-- CreateEnum
CREATE TYPE "PollMethod" AS ENUM ('YES_NO_ABSTAIN', 'APPROVAL', 'POINTS', 'RANKING');

-- CreateEnum
CREATE TYPE "PollSecrecy" AS ENUM ('NAMED', 'SECRET');

-- CreateEnum
CREATE TYPE "PollStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "OfferKind" AS ENUM ('PROJECT', 'EVENT', 'LEARNING_PLACE', 'COUNSELLING', 'TRAINING');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('EARLY_CHILDHOOD', 'PRIMARY', 'SECONDARY_I', 'SECONDARY_II', 'VOCATIONAL', 'PROFESSIONALS', 'PARENTS', 'ADULTS');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('SCHOOL', 'KITA', 'YOUTH_SERVICE', 'CHAMBER', 'COMPANY', 'MUSEUM', 'LIBRARY', 'ASSOCIATION', 'OTHER');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "GovernmentDistrict" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "GovernmentDistrict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "RegionKind" NOT NULL,
    "governmentDistrictId" UUID NOT NULL,
    "about" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "contactAddress" TEXT NOT NULL DEFAULT '',
    "website" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" CITEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "platformRole" "PlatformRole",
    "governmentDistrictId" UUID,
    "disabledAt" TIMESTAMPTZ(3),
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstFailureAt" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "RegionRole" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegionRole_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "CooperationAgreement" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "signedOn" DATE NOT NULL,
    "parties" TEXT NOT NULL,
    "isOpenEnded" BOOLEAN NOT NULL DEFAULT true,
    "endsOn" DATE,
    "landPosts" DECIMAL(4,2) NOT NULL DEFAULT 1,
    "communalPosts" DECIMAL(4,2) NOT NULL DEFAULT 1,
    "supplements" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CooperationAgreement_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "SeatCategory" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "SeatCategory_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "SeatRule" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "bodyId" UUID NOT NULL,
    "seatCategoryId" UUID NOT NULL,
    "minSeats" INTEGER NOT NULL DEFAULT 0,
    "maxSeats" INTEGER,
    "hasVote" BOOLEAN NOT NULL DEFAULT true,
    "isAdvisory" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SeatRule_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "QuorumRule" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "bodyId" UUID NOT NULL,
    "kind" "QuorumKind" NOT NULL DEFAULT 'MORE_THAN_HALF',
    "numerator" INTEGER NOT NULL DEFAULT 1,
    "denominator" INTEGER NOT NULL DEFAULT 2,
    "deputiesCount" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "QuorumRule_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Body" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "kind" "BodyKind" NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "fieldOfActionId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Body_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Person" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "organisation" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "publicationConsent" BOOLEAN NOT NULL DEFAULT false,
    "consentGivenAt" TIMESTAMPTZ(3),
    "userId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "bodyId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "seatCategoryId" UUID NOT NULL,
    "function" "MemberFunction" NOT NULL DEFAULT 'MEMBER',
    "hasVote" BOOLEAN NOT NULL DEFAULT true,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "deputyOfId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "FieldOfAction" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "goals" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FieldOfAction_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Locality" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "kind" "LocalityKind" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Locality_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "bodyId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "location" TEXT NOT NULL DEFAULT '',
    "onlineUrl" TEXT NOT NULL DEFAULT '',
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "number" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "AgendaItemKind" NOT NULL DEFAULT 'INFORMATION',
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "recommendationId" UUID,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "representedById" UUID,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Minutes" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "status" "MinutesStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "preamble" TEXT NOT NULL DEFAULT '',
    "quorumNote" TEXT NOT NULL DEFAULT '',
    "approvedAt" TIMESTAMPTZ(3),
    "approvedBy" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Minutes_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "MinutesEntry" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "minutesId" UUID NOT NULL,
    "agendaItemId" UUID NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "MinutesEntry_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "bodyId" UUID NOT NULL,
    "meetingId" UUID,
    "agendaItemId" UUID,
    "recommendationId" UUID,
    "fieldOfActionId" UUID,
    "number" TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "yesCount" INTEGER,
    "noCount" INTEGER,
    "abstainCount" INTEGER,
    "decidedOn" DATE NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "decisionId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerId" UUID,
    "dueOn" DATE,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'OPEN',
    "progressNotes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "bodyId" UUID NOT NULL,
    "fieldOfActionId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "forum" TEXT NOT NULL DEFAULT '',
    "status" "RecommendationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Poll" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "bodyId" UUID NOT NULL,
    "agendaItemId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "method" "PollMethod" NOT NULL,
    "secrecy" "PollSecrecy" NOT NULL DEFAULT 'NAMED',
    "status" "PollStatus" NOT NULL DEFAULT 'DRAFT',
    "maxChoices" INTEGER,
    "totalPoints" INTEGER,
    "maxPointsPerOption" INTEGER,
    "allowChange" BOOLEAN NOT NULL DEFAULT false,
    "majorityRule" TEXT NOT NULL DEFAULT 'SIMPLE_OF_PRESENT',
    "opensAt" TIMESTAMPTZ(3),
    "closesAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "entitledCount" INTEGER,
    "votedCount" INTEGER,
    "result" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Poll_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "PollOption" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pollId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "fieldOfActionId" UUID,

    CONSTRAINT "PollOption_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "PollEligibility" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pollId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "deputyForPersonId" UUID,

    CONSTRAINT "PollEligibility_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "PollParticipation" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pollId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "votedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PollParticipation_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pollId" UUID NOT NULL,
    "personId" UUID,
    "castAt" TIMESTAMPTZ(3),
    "choice" JSONB NOT NULL,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "OfferKind" NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'DRAFT',
    "targetGroups" "TargetGroup"[],
    "partnerId" UUID,
    "placeId" UUID,
    "isFree" BOOLEAN NOT NULL DEFAULT true,
    "priceCents" INTEGER,
    "costNote" TEXT NOT NULL DEFAULT '',
    "wheelchairAccessible" BOOLEAN NOT NULL DEFAULT false,
    "easyLanguage" BOOLEAN NOT NULL DEFAULT false,
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "registrationUrl" TEXT NOT NULL DEFAULT '',
    "decisionId" UUID,
    "assignmentId" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "OfferFieldOfAction" (
    "regionId" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "fieldOfActionId" UUID NOT NULL,

    CONSTRAINT "OfferFieldOfAction_pkey" PRIMARY KEY ("regionId","offerId","fieldOfActionId")
);

-- CreateTable
CREATE TABLE "OfferDate" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "OfferDate_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Place" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL DEFAULT '',
    "postalCode" TEXT NOT NULL DEFAULT '',
    "city" TEXT NOT NULL DEFAULT '',
    "localityId" UUID,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "schoolForm" TEXT NOT NULL DEFAULT '',
    "website" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "placeId" UUID,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "Document" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "meetingId" UUID,
    "agendaItemId" UUID,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Document_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL DEFAULT '',
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT NOT NULL DEFAULT '',
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "regionId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("regionId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GovernmentDistrict_slug_key" ON "GovernmentDistrict"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_key" ON "Region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "RegionRole_userId_idx" ON "RegionRole"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "RegionRole_regionId_userId_role_key" ON "RegionRole"("regionId", "userId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "SeatCategory_regionId_key_key" ON "SeatCategory"("regionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "SeatRule_regionId_agreementId_bodyId_seatCategoryId_key" ON "SeatRule"("regionId", "agreementId", "bodyId", "seatCategoryId");

-- CreateIndex
CREATE UNIQUE INDEX "QuorumRule_regionId_agreementId_bodyId_key" ON "QuorumRule"("regionId", "agreementId", "bodyId");

-- CreateIndex
CREATE UNIQUE INDEX "Body_regionId_slug_key" ON "Body"("regionId", "slug");

-- CreateIndex
CREATE INDEX "Person_regionId_familyName_givenName_idx" ON "Person"("regionId", "familyName", "givenName");

-- CreateIndex
CREATE UNIQUE INDEX "Person_regionId_userId_key" ON "Person"("regionId", "userId");

-- CreateIndex
CREATE INDEX "Membership_regionId_bodyId_idx" ON "Membership"("regionId", "bodyId");

-- CreateIndex
CREATE INDEX "Membership_regionId_personId_idx" ON "Membership"("regionId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "FieldOfAction_regionId_slug_key" ON "FieldOfAction"("regionId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Locality_regionId_name_key" ON "Locality"("regionId", "name");

-- CreateIndex
CREATE INDEX "Meeting_regionId_startsAt_idx" ON "Meeting"("regionId", "startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_regionId_meetingId_position_idx" ON "AgendaItem"("regionId", "meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_regionId_meetingId_membershipId_key" ON "Attendance"("regionId", "meetingId", "membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "Minutes_regionId_meetingId_key" ON "Minutes"("regionId", "meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesEntry_regionId_agendaItemId_key" ON "MinutesEntry"("regionId", "agendaItemId");

-- CreateIndex
CREATE INDEX "Assignment_regionId_status_dueOn_idx" ON "Assignment"("regionId", "status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "PollOption_regionId_pollId_position_key" ON "PollOption"("regionId", "pollId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PollEligibility_regionId_pollId_personId_key" ON "PollEligibility"("regionId", "pollId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "PollParticipation_regionId_pollId_personId_key" ON "PollParticipation"("regionId", "pollId", "personId");

-- CreateIndex
CREATE INDEX "Ballot_regionId_pollId_idx" ON "Ballot"("regionId", "pollId");

-- CreateIndex
CREATE INDEX "Offer_regionId_status_idx" ON "Offer"("regionId", "status");

-- CreateIndex
CREATE INDEX "OfferDate_regionId_startsAt_idx" ON "OfferDate"("regionId", "startsAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEmail_regionId_idempotencyKey_key" ON "OutboxEmail"("regionId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "AuditEvent_regionId_createdAt_idx" ON "AuditEvent"("regionId", "createdAt");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_governmentDistrictId_fkey" FOREIGN KEY ("governmentDistrictId") REFERENCES "GovernmentDistrict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_governmentDistrictId_fkey" FOREIGN KEY ("governmentDistrictId") REFERENCES "GovernmentDistrict"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionRole" ADD CONSTRAINT "RegionRole_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionRole" ADD CONSTRAINT "RegionRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationAgreement" ADD CONSTRAINT "CooperationAgreement_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatCategory" ADD CONSTRAINT "SeatCategory_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatRule" ADD CONSTRAINT "SeatRule_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatRule" ADD CONSTRAINT "SeatRule_regionId_agreementId_fkey" FOREIGN KEY ("regionId", "agreementId") REFERENCES "CooperationAgreement"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatRule" ADD CONSTRAINT "SeatRule_regionId_bodyId_fkey" FOREIGN KEY ("regionId", "bodyId") REFERENCES "Body"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatRule" ADD CONSTRAINT "SeatRule_regionId_seatCategoryId_fkey" FOREIGN KEY ("regionId", "seatCategoryId") REFERENCES "SeatCategory"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuorumRule" ADD CONSTRAINT "QuorumRule_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuorumRule" ADD CONSTRAINT "QuorumRule_regionId_agreementId_fkey" FOREIGN KEY ("regionId", "agreementId") REFERENCES "CooperationAgreement"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuorumRule" ADD CONSTRAINT "QuorumRule_regionId_bodyId_fkey" FOREIGN KEY ("regionId", "bodyId") REFERENCES "Body"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Body" ADD CONSTRAINT "Body_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Body" ADD CONSTRAINT "Body_regionId_fieldOfActionId_fkey" FOREIGN KEY ("regionId", "fieldOfActionId") REFERENCES "FieldOfAction"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_regionId_bodyId_fkey" FOREIGN KEY ("regionId", "bodyId") REFERENCES "Body"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_regionId_personId_fkey" FOREIGN KEY ("regionId", "personId") REFERENCES "Person"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_regionId_seatCategoryId_fkey" FOREIGN KEY ("regionId", "seatCategoryId") REFERENCES "SeatCategory"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_regionId_deputyOfId_fkey" FOREIGN KEY ("regionId", "deputyOfId") REFERENCES "Membership"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FieldOfAction" ADD CONSTRAINT "FieldOfAction_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Locality" ADD CONSTRAINT "Locality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_regionId_bodyId_fkey" FOREIGN KEY ("regionId", "bodyId") REFERENCES "Body"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_regionId_meetingId_fkey" FOREIGN KEY ("regionId", "meetingId") REFERENCES "Meeting"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_regionId_recommendationId_fkey" FOREIGN KEY ("regionId", "recommendationId") REFERENCES "Recommendation"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_regionId_meetingId_fkey" FOREIGN KEY ("regionId", "meetingId") REFERENCES "Meeting"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_regionId_membershipId_fkey" FOREIGN KEY ("regionId", "membershipId") REFERENCES "Membership"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_regionId_representedById_fkey" FOREIGN KEY ("regionId", "representedById") REFERENCES "Membership"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_regionId_meetingId_fkey" FOREIGN KEY ("regionId", "meetingId") REFERENCES "Meeting"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesEntry" ADD CONSTRAINT "MinutesEntry_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesEntry" ADD CONSTRAINT "MinutesEntry_regionId_minutesId_fkey" FOREIGN KEY ("regionId", "minutesId") REFERENCES "Minutes"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesEntry" ADD CONSTRAINT "MinutesEntry_regionId_agendaItemId_fkey" FOREIGN KEY ("regionId", "agendaItemId") REFERENCES "AgendaItem"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_regionId_bodyId_fkey" FOREIGN KEY ("regionId", "bodyId") REFERENCES "Body"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_regionId_meetingId_fkey" FOREIGN KEY ("regionId", "meetingId") REFERENCES "Meeting"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_regionId_agendaItemId_fkey" FOREIGN KEY ("regionId", "agendaItemId") REFERENCES "AgendaItem"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_regionId_recommendationId_fkey" FOREIGN KEY ("regionId", "recommendationId") REFERENCES "Recommendation"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_regionId_fieldOfActionId_fkey" FOREIGN KEY ("regionId", "fieldOfActionId") REFERENCES "FieldOfAction"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_regionId_decisionId_fkey" FOREIGN KEY ("regionId", "decisionId") REFERENCES "Decision"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_regionId_ownerId_fkey" FOREIGN KEY ("regionId", "ownerId") REFERENCES "Person"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_regionId_bodyId_fkey" FOREIGN KEY ("regionId", "bodyId") REFERENCES "Body"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_regionId_fieldOfActionId_fkey" FOREIGN KEY ("regionId", "fieldOfActionId") REFERENCES "FieldOfAction"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Poll" ADD CONSTRAINT "Poll_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Poll" ADD CONSTRAINT "Poll_regionId_bodyId_fkey" FOREIGN KEY ("regionId", "bodyId") REFERENCES "Body"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Poll" ADD CONSTRAINT "Poll_regionId_agendaItemId_fkey" FOREIGN KEY ("regionId", "agendaItemId") REFERENCES "AgendaItem"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollOption" ADD CONSTRAINT "PollOption_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollOption" ADD CONSTRAINT "PollOption_regionId_pollId_fkey" FOREIGN KEY ("regionId", "pollId") REFERENCES "Poll"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollOption" ADD CONSTRAINT "PollOption_regionId_fieldOfActionId_fkey" FOREIGN KEY ("regionId", "fieldOfActionId") REFERENCES "FieldOfAction"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollEligibility" ADD CONSTRAINT "PollEligibility_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollEligibility" ADD CONSTRAINT "PollEligibility_regionId_pollId_fkey" FOREIGN KEY ("regionId", "pollId") REFERENCES "Poll"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollEligibility" ADD CONSTRAINT "PollEligibility_regionId_personId_fkey" FOREIGN KEY ("regionId", "personId") REFERENCES "Person"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollEligibility" ADD CONSTRAINT "PollEligibility_regionId_deputyForPersonId_fkey" FOREIGN KEY ("regionId", "deputyForPersonId") REFERENCES "Person"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollParticipation" ADD CONSTRAINT "PollParticipation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollParticipation" ADD CONSTRAINT "PollParticipation_regionId_pollId_fkey" FOREIGN KEY ("regionId", "pollId") REFERENCES "Poll"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollParticipation" ADD CONSTRAINT "PollParticipation_regionId_personId_fkey" FOREIGN KEY ("regionId", "personId") REFERENCES "Person"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_regionId_pollId_fkey" FOREIGN KEY ("regionId", "pollId") REFERENCES "Poll"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_regionId_personId_fkey" FOREIGN KEY ("regionId", "personId") REFERENCES "Person"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_regionId_partnerId_fkey" FOREIGN KEY ("regionId", "partnerId") REFERENCES "Partner"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_regionId_placeId_fkey" FOREIGN KEY ("regionId", "placeId") REFERENCES "Place"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_regionId_decisionId_fkey" FOREIGN KEY ("regionId", "decisionId") REFERENCES "Decision"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_regionId_assignmentId_fkey" FOREIGN KEY ("regionId", "assignmentId") REFERENCES "Assignment"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferFieldOfAction" ADD CONSTRAINT "OfferFieldOfAction_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferFieldOfAction" ADD CONSTRAINT "OfferFieldOfAction_regionId_offerId_fkey" FOREIGN KEY ("regionId", "offerId") REFERENCES "Offer"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferFieldOfAction" ADD CONSTRAINT "OfferFieldOfAction_regionId_fieldOfActionId_fkey" FOREIGN KEY ("regionId", "fieldOfActionId") REFERENCES "FieldOfAction"("regionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferDate" ADD CONSTRAINT "OfferDate_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferDate" ADD CONSTRAINT "OfferDate_regionId_offerId_fkey" FOREIGN KEY ("regionId", "offerId") REFERENCES "Offer"("regionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_regionId_localityId_fkey" FOREIGN KEY ("regionId", "localityId") REFERENCES "Locality"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_regionId_placeId_fkey" FOREIGN KEY ("regionId", "placeId") REFERENCES "Place"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_regionId_meetingId_fkey" FOREIGN KEY ("regionId", "meetingId") REFERENCES "Meeting"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_regionId_agendaItemId_fkey" FOREIGN KEY ("regionId", "agendaItemId") REFERENCES "AgendaItem"("regionId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ───────────── Row-Level Security ─────────────
-- The region of the current transaction, set by lib/db with set_config(…, true).
-- After a transaction the setting reads '' (not NULL), hence NULLIF before the cast.
CREATE FUNCTION app_current_region() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $fn$ SELECT NULLIF(current_setting('app.region_id', true), '')::uuid $fn$;

CREATE FUNCTION app_current_user() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $fn$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $fn$;

-- Later migrations call this for every new region-owned table; tests/integration/rls-catalogue
-- fails when one is forgotten.
CREATE FUNCTION app_enable_region_rls(tbl regclass) RETURNS void
  LANGUAGE plpgsql
  AS $fn$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format(
    'CREATE POLICY region_isolation ON %s USING ("regionId" = app_current_region()) WITH CHECK ("regionId" = app_current_region())',
    tbl);
END
$fn$;

SELECT app_enable_region_rls('"AgendaItem"');
SELECT app_enable_region_rls('"Assignment"');
SELECT app_enable_region_rls('"Attendance"');
SELECT app_enable_region_rls('"AuditEvent"');
SELECT app_enable_region_rls('"Ballot"');
SELECT app_enable_region_rls('"Body"');
SELECT app_enable_region_rls('"CooperationAgreement"');
SELECT app_enable_region_rls('"Decision"');
SELECT app_enable_region_rls('"Document"');
SELECT app_enable_region_rls('"FieldOfAction"');
SELECT app_enable_region_rls('"Locality"');
SELECT app_enable_region_rls('"Meeting"');
SELECT app_enable_region_rls('"Membership"');
SELECT app_enable_region_rls('"Minutes"');
SELECT app_enable_region_rls('"MinutesEntry"');
SELECT app_enable_region_rls('"Offer"');
SELECT app_enable_region_rls('"OfferDate"');
SELECT app_enable_region_rls('"OfferFieldOfAction"');
SELECT app_enable_region_rls('"OutboxEmail"');
SELECT app_enable_region_rls('"Partner"');
SELECT app_enable_region_rls('"Person"');
SELECT app_enable_region_rls('"Place"');
SELECT app_enable_region_rls('"Poll"');
SELECT app_enable_region_rls('"PollEligibility"');
SELECT app_enable_region_rls('"PollOption"');
SELECT app_enable_region_rls('"PollParticipation"');
SELECT app_enable_region_rls('"QuorumRule"');
SELECT app_enable_region_rls('"Recommendation"');
SELECT app_enable_region_rls('"RegionRole"');
SELECT app_enable_region_rls('"SeatCategory"');
SELECT app_enable_region_rls('"SeatRule"');

-- A user may read their own roles in every region (to find their regions after login);
-- writing stays bound to the region of the transaction.
CREATE POLICY own_roles_read ON "RegionRole" FOR SELECT USING ("userId" = app_current_user());

-- ───────────── Grants of the app role ─────────────
GRANT USAGE ON SCHEMA public TO bildungsnetz_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO bildungsnetz_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO bildungsnetz_app;
GRANT EXECUTE ON FUNCTION app_current_region(), app_current_user() TO bildungsnetz_app;
REVOKE ALL ON FUNCTION app_enable_region_rls(regclass) FROM PUBLIC;
-- The migration log is the owner's business.
REVOKE ALL ON "pgmigrations" FROM bildungsnetz_app;
-- Audit entries are written once and never changed by the app.
REVOKE UPDATE, DELETE ON "AuditEvent" FROM bildungsnetz_app;

-- ───────────── Sessions end on role and password changes ─────────────
-- Sessions are JWTs carrying User.sessionVersion; raising it ends every older session.
-- Done by triggers so no code path (app, seed, manual SQL) can change a role and forget it.
CREATE FUNCTION app_bump_session_version_on_role_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "id" = OLD."userId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "id" = NEW."userId";
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER region_role_ends_sessions
  AFTER INSERT OR UPDATE OR DELETE ON "RegionRole"
  FOR EACH ROW EXECUTE FUNCTION app_bump_session_version_on_role_change();

CREATE FUNCTION app_bump_session_version_on_credentials() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
BEGIN
  IF NEW."passwordHash" IS DISTINCT FROM OLD."passwordHash"
     OR NEW."platformRole" IS DISTINCT FROM OLD."platformRole"
     OR NEW."governmentDistrictId" IS DISTINCT FROM OLD."governmentDistrictId"
     OR (NEW."disabledAt" IS NOT NULL AND OLD."disabledAt" IS NULL) THEN
    NEW."sessionVersion" := OLD."sessionVersion" + 1;
  END IF;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER user_credentials_end_sessions
  BEFORE UPDATE ON "User"
  FOR EACH ROW EXECUTE FUNCTION app_bump_session_version_on_credentials();
